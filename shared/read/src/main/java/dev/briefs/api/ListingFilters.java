package dev.briefs.api;

import dev.briefs.brief.BriefStatus;
import dev.briefs.story.ActorNames;
import dev.briefs.story.BriefQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of a listing, from its query parameters: {@code status}, {@code since} and {@code until} (ISO-8601: an
 * instant such as {@code 2026-11-20T10:00:00Z}, a time with an offset, or a date, which means its whole day in UTC)
 * and {@code actor}. Invalid values are refused with 400 and a code naming the parameter.
 */
record ListingFilters(BriefQuery query, String actorName) {

    /** The longest timestamp accepted: "2026-11-20T10:00:00.123456789+05:30" is 35 characters. */
    private static final int MAX_TIME_LENGTH = 40;

    static ListingFilters of(Map<String, String> parameters) {
        BriefStatus status = status(parameters.get("status"));
        Instant since = time(parameters.get("since"), "since", false);
        Instant until = time(parameters.get("until"), "until", true);
        if (since != null && until != null && since.isAfter(until)) {
            throw new ApiException(400, "INVALID_RANGE", "since (" + since + ") is after until (" + until + ").");
        }
        String actor = parameters.get("actor");
        String actorKey = null;
        if (actor != null) {
            actorKey = actorKey(actor);
        }
        return new ListingFilters(new BriefQuery(status, since, until, actorKey), actor);
    }

    /** The index key of an actor name from a request; 400 for a name the index cannot hold. */
    static String actorKey(String name) {
        if (!ActorNames.isValid(name)) {
            throw new ApiException(400, "INVALID_ACTOR", "actor must be a name of 1 to " + ActorNames.MAX_LENGTH
                    + " characters, with a letter or digit and no control characters.");
        }
        return ActorNames.key(name);
    }

    /** The filters as query parameters, for links that keep them. */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.status() != null) {
            parameters.put("status", query.status().name());
        }
        if (query.since() != null) {
            parameters.put("since", query.since().toString());
        }
        if (query.until() != null) {
            parameters.put("until", query.until().toString());
        }
        if (actorName != null) {
            parameters.put("actor", actorName);
        }
        return parameters;
    }

    /** A link to {@code path} with these filters, with {@code status} replaced (null: any status). */
    String linkWithStatus(String path, BriefStatus wanted) {
        Map<String, String> parameters = parameters();
        parameters.remove("status");
        if (wanted != null) {
            parameters.put("status", wanted.name());
        }
        return PageLinks.to(path, parameters);
    }

    private static BriefStatus status(String value) {
        if (value == null) {
            return null;
        }
        return Arrays.stream(BriefStatus.values()).filter(status -> status.name().equalsIgnoreCase(value))
                .findFirst().orElseThrow(() -> new ApiException(400, "INVALID_STATUS",
                        "status must be one of " + Arrays.toString(BriefStatus.values()) + "."));
    }

    /** An ISO-8601 instant, time with offset, or date; a date as {@code until} means the end of that day. */
    private static Instant time(String value, String name, boolean endOfDay) {
        if (value == null) {
            return null;
        }
        if (value.length() <= MAX_TIME_LENGTH) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notATime) {
                try {
                    LocalDate date = LocalDate.parse(value);
                    return endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1)
                            : date.atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException notADate) {
                    // Refused below, with the one message for both.
                }
            }
        }
        throw new ApiException(400, "INVALID_" + name.toUpperCase(Locale.ROOT), name
                + " must be an ISO-8601 time such as 2026-11-20T10:00:00Z (or a date such as 2026-11-20).");
    }
}
