package dev.briefs.article.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunningTextDetectorTest {

    private static final float HEIGHT = 792;

    @Test
    void headersAndFootersRepeatedAtTheSamePlaceGoWhilePageNumbersVary() {
        List<PdfPage> pages = new ArrayList<>();
        for (int number = 1; number <= 3; number++) {
            pages.add(page(number,
                    line(number, "Westhaven Harbour Authority", 40),
                    line(number, "Body text of page " + (char) ('A' + number) + " begins here", 100),
                    line(number, "and page " + (char) ('A' + number) + " goes on", 114),
                    line(number, "and " + (char) ('A' + number) + " ends", 128),
                    line(number, "Annual report 2023 | " + number, 760)));
        }

        List<String> body = RunningTextDetector.bodyLines(pages).stream().map(PdfLine::text).toList();

        assertEquals(List.of("Body text of page B begins here", "and page B goes on", "and B ends",
                "Body text of page C begins here", "and page C goes on", "and C ends",
                "Body text of page D begins here", "and page D goes on", "and D ends"), body);
    }

    @Test
    void aTitlePageRepeatingTheRunningTitleElsewhereKeepsItsTitle() {
        List<PdfPage> pages = new ArrayList<>();
        pages.add(page(1, line(1, "Annual report 2023", 90), line(1, "Contents of page B", 130)));
        for (int number = 2; number <= 4; number++) {
            pages.add(page(number, line(number, "Annual report 2023", 40),
                    line(number, "Contents of page " + (char) ('A' + number), 130)));
        }

        List<String> body = RunningTextDetector.bodyLines(pages).stream().map(PdfLine::text).toList();

        assertEquals(List.of("Annual report 2023", "Contents of page B", "Contents of page C", "Contents of page D",
                "Contents of page E"), body);
    }

    @Test
    void aLineRepeatedAtADifferentPlaceIsNotRunningText() {
        List<PdfPage> pages = List.of(
                page(1, line(1, "Westhaven Harbour Authority", 40), line(1, "First page", 100)),
                page(2, line(2, "Westhaven Harbour Authority", 300), line(2, "Second page", 400)));

        assertEquals(4, RunningTextDetector.bodyLines(pages).size());
    }

    @Test
    void pageNumbersAtTheEdgeGoButNumbersInTheTextStay() {
        List<PdfPage> pages = List.of(page(1,
                line(1, "Results", 60),
                line(1, "Berths let in 2023:", 100),
                line(1, "412", 114),
                line(1, "Berths let in 2024:", 128),
                line(1, "447", 142),
                line(1, "Up eight per cent.", 156),
                line(1, "Page 1 of 1", 760)));

        List<String> body = RunningTextDetector.bodyLines(pages).stream().map(PdfLine::text).toList();

        assertEquals(List.of("Results", "Berths let in 2023:", "412", "Berths let in 2024:", "447",
                "Up eight per cent."), body);
    }

    private static PdfPage page(int number, PdfLine... lines) {
        return new PdfPage(number, HEIGHT, List.of(lines), false);
    }

    private static PdfLine line(int page, String text, float baseline) {
        return new PdfLine(page, text, 72, 72 + 5 * text.length(), baseline, 11, false);
    }
}
