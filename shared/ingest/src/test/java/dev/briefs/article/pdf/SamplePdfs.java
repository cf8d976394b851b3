package dev.briefs.article.pdf;

import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import static dev.briefs.article.pdf.PdfFixture.BOLD;
import static dev.briefs.article.pdf.PdfFixture.REGULAR;

/** The documents the PDF tests read, generated afresh by each test. */
public final class SamplePdfs {

    static final String LEAD = "WESTHAVEN, 5 March 2024. The port authority voted on Tuesday to run ferries through the"
            + " night from March, reversing a ban that has stood since 2019. The decision follows a petition signed by"
            + " more than 4,000 dock and hospital workers who start or finish their shifts after midnight.";
    static final String ACROSS_THE_PAGE_BREAK = "Chair Ana Ruiz said the authority had listened to the people who keep"
            + " the town running at night, and that the well-known harbour café would stay open for passengers until"
            + " the last crossing. The first night crossing is planned for Friday 1 March, subject to a final safety"
            + " inspection of the pier lights by the coastguard next week.";
    static final String QUOTE = "“We listened to shift workers,” said chair Ana Ruiz. “Night ferries cost less than"
            + " the taxis the hospital pays for today.”";

    private static final float LEFT = 72;
    private static final float WIDTH = 468;
    private static final float LEADING = 14;
    private static final float PARAGRAPH_SPACE = 8;

    private SamplePdfs() {
    }

    /**
     * A two-page press release as a word processor lays it out: a running header, a footer with the page number, a
     * two-line headline in large bold type, paragraphs separated by space, a bold subhead, words hyphenated at line
     * ends, a paragraph running over the page break, a bulleted list with hanging indents. Its document Title is the
     * word processor's placeholder.
     */
    public static byte[] pressRelease() {
        PdfFixture pdf = new PdfFixture();
        pdf.info("Microsoft Word - night-ferries-final.docx", "Ana Ruiz", march5At0930Cet(), "en-GB");

        pdf.page();
        furniture(pdf, 1);
        pdf.line(BOLD, 20, LEFT, 96, "Harbour authority approves night ferries");
        pdf.line(BOLD, 20, LEFT, 120, "for shift workers from March");
        float top = pdf.paragraph(REGULAR, 11, LEFT, 160, WIDTH, LEADING, 0, LEAD) + PARAGRAPH_SPACE;
        pdf.line(BOLD, 12, LEFT, top, "A ban reversed");
        top += LEADING + PARAGRAPH_SPACE;
        pdf.line(REGULAR, 11, LEFT, top, "The ferries will connect the old harbour with the new inter-");
        pdf.line(REGULAR, 11, LEFT, top + LEADING, "national terminal every forty minutes, and the well-");
        pdf.line(REGULAR, 11, LEFT, top + 2 * LEADING, "known night bus will meet each arrival at the pier.");
        top += 3 * LEADING + PARAGRAPH_SPACE;
        List<String> acrossTheBreak = PdfFixture.wrap(REGULAR, 11, WIDTH, 0, ACROSS_THE_PAGE_BREAK);
        pdf.line(REGULAR, 11, LEFT, top, acrossTheBreak.get(0));
        pdf.line(REGULAR, 11, LEFT, top + LEADING, acrossTheBreak.get(1));

        pdf.page();
        furniture(pdf, 2);
        top = 96;
        for (String line : acrossTheBreak.subList(2, acrossTheBreak.size())) {
            pdf.line(REGULAR, 11, LEFT, top, line);
            top += LEADING;
        }
        top = pdf.paragraph(REGULAR, 11, LEFT, top + PARAGRAPH_SPACE, WIDTH, LEADING, 0, QUOTE) + PARAGRAPH_SPACE;
        pdf.line(REGULAR, 11, LEFT, top, "The new timetable starts on 1 March:");
        top += LEADING + PARAGRAPH_SPACE;
        pdf.line(REGULAR, 11, LEFT, top, "•").line(REGULAR, 11, LEFT + 18, top,
                "ferries every forty minutes between 22:00 and 06:00;");
        pdf.line(REGULAR, 11, LEFT, top + LEADING, "•").line(REGULAR, 11, LEFT + 18, top + LEADING,
                "a night bus at every arrival, with one ticket valid on");
        pdf.line(REGULAR, 11, LEFT + 18, top + 2 * LEADING, "both the ferry and the bus;");
        pdf.line(REGULAR, 11, LEFT, top + 3 * LEADING, "•").line(REGULAR, 11, LEFT + 18, top + 3 * LEADING,
                "free bicycles on every crossing.");
        pdf.paragraph(REGULAR, 11, LEFT, top + 4 * LEADING + PARAGRAPH_SPACE, WIDTH, LEADING, 0,
                "The authority will review the service after six months.");
        return pdf.bytes();
    }

    /** A page as a scanner makes it: one picture, no text. */
    public static byte[] scan() {
        return new PdfFixture().page().image().page().image().bytes();
    }

    static Calendar march5At0930Cet() {
        Calendar created = Calendar.getInstance(TimeZone.getTimeZone("GMT+01:00"));
        created.clear();
        created.set(2024, Calendar.MARCH, 5, 9, 30, 0);
        return created;
    }

    private static void furniture(PdfFixture pdf, int page) {
        pdf.line(REGULAR, 9, LEFT, 40, "Harbour Authority of Westhaven · Press release");
        pdf.line(REGULAR, 9, LEFT, 760, "harbour.example · Page " + page + " of 2");
    }
}
