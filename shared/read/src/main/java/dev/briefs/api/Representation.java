package dev.briefs.api;

import java.util.Locale;

/** What a client can be answered in, from its {@code Accept} header. */
enum Representation {
    JSON("application/json"), MARKDOWN("text/markdown"), HTML("text/html");

    private final String mediaType;

    Representation(String mediaType) {
        this.mediaType = mediaType;
    }

    /**
     * The representation the client prefers: the highest {@code q} among the media types it names exactly, the
     * first named on a tie; JSON when it names none of them (no header, {@code *}{@code /*}, anything else).
     */
    static Representation of(ApiRequest request) {
        String accept = request.header("accept");
        if (accept == null) {
            return JSON;
        }
        Representation best = JSON;
        double bestQuality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = quality(parts);
            for (Representation candidate : values()) {
                if (candidate.mediaType.equals(type) && quality > bestQuality) {
                    best = candidate;
                    bestQuality = quality;
                }
            }
        }
        return best;
    }

    private static double quality(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            String parameter = parameters[i].strip();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
