package dev.briefs.article.pdf;

import dev.briefs.article.Block;
import dev.briefs.article.LineJoiner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Groups lines into paragraphs, subheads and list items, the way a reader sees them on the page.
 *
 * <p>A new block starts at a change of type size or weight, at a bullet or number, after more space between lines
 * than the running text has, at an indented first line, and after a line that ends a sentence short of the full line
 * width. Across a column or page break only the last of these can tell, so a sentence that runs on over the break
 * stays one paragraph. A group of lines set larger or bolder than the running text is a subhead when it is short and
 * does not end like a sentence; otherwise it is a paragraph set for display, such as a standfirst.
 */
final class ParagraphAssembler {

    /**
     * Bullets as PDFs draw them, including the private-use code points of Symbol and Wingdings bullets. Dashes are not
     * among them: a wrapped line often starts with a dash that opens an aside.
     */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "^([•◦▪▫●○■□►▶➢✓\uF0A7\uF0B7\uF076\uF0D8]|\\(?\\d{1,2}[.)]|\\(?[a-z][.)])\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:…][\"”’»)]*$");
    private static final Pattern NOT_A_HEADING_END = Pattern.compile("[.,;]$");
    private static final int MAX_HEADING_LINES = 3;
    private static final int MAX_HEADING_WORDS = 20;
    /** A line this much narrower than a full line ends its paragraph, when it also ends a sentence. */
    private static final float SHORT_LINE = 0.8f;
    /** Space between baselines beyond the running text's, in ems, that separates paragraphs. */
    private static final float PARAGRAPH_GAP = 0.3f;
    /** An indent of this many ems opens a paragraph. */
    private static final float FIRST_LINE_INDENT = 0.8f;
    /** The hanging indent under a list item's text, in ems, that continues the item. */
    private static final float HANGING_INDENT = 0.5f;

    private final BodyStyle style;
    private final LineJoiner joiner;

    ParagraphAssembler(BodyStyle style, LineJoiner joiner) {
        this.style = style;
        this.joiner = joiner;
    }

    List<Block> assemble(List<PdfLine> lines) {
        List<Block> blocks = new ArrayList<>();
        List<PdfLine> block = new ArrayList<>();
        for (PdfLine line : lines) {
            if (!block.isEmpty() && startsBlock(block, line)) {
                blocks.add(toBlock(block));
                block = new ArrayList<>();
            }
            block.add(line);
        }
        if (!block.isEmpty()) {
            blocks.add(toBlock(block));
        }
        return blocks;
    }

    private boolean startsBlock(List<PdfLine> block, PdfLine line) {
        PdfLine first = block.getFirst();
        PdfLine previous = block.getLast();
        if (isListItem(line) || style.isEmphasised(line) != style.isEmphasised(previous) || !line.sameStyle(previous)) {
            return true;
        }
        boolean nextLineDown = line.follows(previous);
        float expectedSpacing = style.lineSpacing() * previous.fontSize() / style.fontSize();
        if (nextLineDown && line.baseline() - previous.baseline() > expectedSpacing + PARAGRAPH_GAP * previous.fontSize()) {
            return true;
        }
        if (style.isEmphasised(line)) {
            // A subhead wraps onto the next line down; at the top of a column it is another subhead.
            return !nextLineDown;
        }
        if (isListItem(first)) {
            return line.left() <= first.left() + HANGING_INDENT * first.fontSize();
        }
        if (nextLineDown && line.left() > previous.left() + FIRST_LINE_INDENT * line.fontSize()) {
            return true;
        }
        return SENTENCE_END.matcher(previous.text()).find()
                && style.lineWidth() > 0 && previous.width() < SHORT_LINE * style.lineWidth();
    }

    private Block toBlock(List<PdfLine> lines) {
        String text = joiner.join(PdfLine.texts(lines));
        if (isListItem(lines.getFirst())) {
            return new Block(Block.Kind.LIST_ITEM, LIST_MARKER.matcher(text).replaceFirst(""));
        }
        boolean heading = style.isEmphasised(lines.getFirst()) && lines.size() <= MAX_HEADING_LINES
                && text.split(" ").length <= MAX_HEADING_WORDS && !NOT_A_HEADING_END.matcher(text).find();
        return heading ? Block.heading(text) : Block.paragraph(text);
    }

    /** A line of running text that starts with a bullet or number; "1. Introduction" set large is a subhead. */
    private boolean isListItem(PdfLine line) {
        return !style.isEmphasised(line) && LIST_MARKER.matcher(line.text()).find();
    }
}
