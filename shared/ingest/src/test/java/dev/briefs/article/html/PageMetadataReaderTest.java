package dev.briefs.article.html;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageMetadataReaderTest {

    @Test
    void datesBecomeIsoWhereTheirFormIsKnown() {
        assertEquals("2019-11-19T13:03Z", PageMetadataReader.normalizeDate("2019-11-19T13:03:00Z"));
        assertEquals("2019-11-19T13:03:05-05:00", PageMetadataReader.normalizeDate("2019-11-19T13:03:05-0500"));
        assertEquals("2019-11-19T13:03:05", PageMetadataReader.normalizeDate("2019-11-19 13:03:05"));
        assertEquals("2019-11-19", PageMetadataReader.normalizeDate("2019-11-19"));
        assertEquals("2019-11-18T16:07:38-06:00", PageMetadataReader.normalizeDate("Mon, 18 Nov 2019 16:07:38 -0600"));
    }

    @Test
    void otherDatesAreKeptAsWritten() {
        assertEquals("November 19, 2019, 07:47 PM EST",
                PageMetadataReader.normalizeDate(" November 19, 2019, 07:47 PM EST "));
    }
}
