package dev.briefs.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items      the items, newest first
 * @param nextCursor the position after the last item, or null when there is nothing more
 */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }
}
