package dev.briefs.article.html;

import dev.briefs.article.Whitespace;
import dev.briefs.article.Block;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits a subtree into {@link TextRun}s the way a browser lays out text: every block element (and a double
 * {@code <br>}) ends a run, inline elements and single line breaks do not. Text directly inside a {@code <div>}
 * becomes a run of its own, as Readability does by wrapping it in a paragraph. Iterative, so safe at any depth.
 */
final class TextRunSplitter implements NodeVisitor {

    private final List<TextRun> runs = new ArrayList<>();
    private final Deque<Frame> blocks = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private final Deadline deadline;
    private int linkLength;
    private int anchorDepth;
    private boolean afterBreak;

    private TextRunSplitter(Element root, Deadline deadline) {
        this.deadline = deadline;
        blocks.push(new Frame(root, Block.Kind.PARAGRAPH));
    }

    /** The runs of text under {@code root}, in document order. */
    static List<TextRun> split(Element root, Deadline deadline) {
        TextRunSplitter splitter = new TextRunSplitter(root, deadline);
        // The root (depth 0) is skipped by head and tail: its frame, pushed by the constructor, stays at the bottom.
        NodeTraversor.traverse(splitter, root);
        splitter.flush();
        return splitter.runs;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode textNode) {
            appendText(textNode.getWholeText());
        } else if (node instanceof Element element && depth > 0) {
            if (element.nameIs("br")) {
                lineBreak();
            } else if (element.nameIs("a")) {
                anchorDepth++;
            } else if (!ElementNames.isInline(element)) {
                flush();
                blocks.push(new Frame(element, kindOf(element, blocks.peek().kind())));
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && depth > 0) {
            if (element.nameIs("a")) {
                anchorDepth--;
            } else if (!ElementNames.isInline(element)) {
                flush();
                blocks.pop();
            }
        }
    }

    private void appendText(String raw) {
        int visible = Whitespace.collapsedLength(raw);
        if (visible == 0) {
            if (!raw.isEmpty()) {
                text.append(' ');
            }
            return;
        }
        text.append(raw);
        afterBreak = false;
        if (anchorDepth > 0) {
            linkLength += visible;
        }
    }

    /** One {@code <br>} is a line break inside a paragraph; two in a row (blank space between) end it. */
    private void lineBreak() {
        if (afterBreak) {
            flush();
        } else {
            text.append(' ');
            afterBreak = true;
        }
    }

    private void flush() {
        afterBreak = false;
        if (text.isEmpty()) {
            return;
        }
        deadline.check();
        String normalized = Whitespace.collapse(text);
        text.setLength(0);
        if (!normalized.isEmpty()) {
            Frame frame = blocks.peek();
            runs.add(new TextRun(frame.element(), frame.kind(), normalized, Math.min(linkLength, normalized.length())));
        }
        linkLength = 0;
    }

    /** The innermost heading, list item or quotation decides what a run is. */
    private static Block.Kind kindOf(Element element, Block.Kind inherited) {
        if (ElementNames.isHeading(element)) {
            return Block.Kind.HEADING;
        }
        return switch (element.normalName()) {
            case "li" -> Block.Kind.LIST_ITEM;
            case "blockquote" -> Block.Kind.QUOTE;
            default -> inherited;
        };
    }

    private record Frame(Element element, Block.Kind kind) {
    }
}
