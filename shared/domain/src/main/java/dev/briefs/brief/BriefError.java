package dev.briefs.brief;

/**
 * Why a brief failed.
 *
 * @param code    a stable, machine-readable code (a {@link FailureCode} name)
 * @param message what a person needs to know, without stack traces
 */
public record BriefError(String code, String message) {

    public static BriefError of(FailureCode code, String message) {
        return new BriefError(code.name(), message);
    }
}
