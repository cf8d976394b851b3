package dev.briefs.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a Markdown article: front-matter {@code title:} or the first heading is the headline; headings, block quotes,
 * list items and paragraphs become blocks; inline markup (links, emphasis, code, images, HTML tags) is reduced to text.
 */
public final class MarkdownArticleParser implements FormatParser {

    private static final Pattern ATX_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^([-*_]\\s*){3,}$");
    private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s{0,3}([-*+]|\\d{1,3}[.)])\\s+(.*)");
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("(?m)^title:\\s*[\"']?(.*?)[\"']?\\s*$");
    private static final Pattern FRONT_MATTER_AUTHOR = Pattern.compile("(?m)^(?:author|byline):\\s*[\"']?(.*?)[\"']?\\s*$");

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(.+?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`([^`]*)`");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<!--.*?-->");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>])");
    private static final Pattern LINK_DEFINITION = Pattern.compile("^\\s{0,3}\\[[^\\]]+]:\\s+\\S+.*$");

    @Override
    public Article parse(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        String title = null;
        String byline = null;
        int start = 0;
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            int close = findFrontMatterEnd(lines);
            if (close > 0) {
                String frontMatter = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, close));
                Matcher matcher = FRONT_MATTER_TITLE.matcher(frontMatter);
                title = matcher.find() ? inline(matcher.group(1)) : null;
                Matcher author = FRONT_MATTER_AUTHOR.matcher(frontMatter);
                byline = author.find() ? inline(author.group(1)) : null;
                start = close + 1;
            }
        }

        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        Block.Kind paragraphKind = Block.Kind.PARAGRAPH;
        boolean inFence = false;
        for (int i = start; i < lines.length; i++) {
            String line = lines[i];
            String stripped = line.strip();
            if (FENCE.matcher(stripped).matches()) {
                inFence = !inFence;
                flush(paragraph, paragraphKind, blocks);
                continue;
            }
            if (inFence || LINK_DEFINITION.matcher(line).matches()) {
                continue;
            }
            if (stripped.isEmpty()) {
                flush(paragraph, paragraphKind, blocks);
                paragraphKind = Block.Kind.PARAGRAPH;
                continue;
            }
            Matcher heading = ATX_HEADING.matcher(stripped);
            if (heading.matches()) {
                flush(paragraph, paragraphKind, blocks);
                paragraphKind = Block.Kind.PARAGRAPH;
                String headingText = inline(heading.group(1));
                if (title == null && aboveHeadline(blocks, headingText)) {
                    blocks.clear(); // a breadcrumb trail, a release line or a rubric over the headline
                    title = headingText;
                } else if (!headingText.isEmpty() && !(blocks.isEmpty() && headingText.equals(title))) {
                    // A first heading repeating the front-matter title is the headline again, not a subhead.
                    blocks.add(Block.heading(headingText));
                }
                continue;
            }
            if (!paragraph.isEmpty() && paragraphKind == Block.Kind.PARAGRAPH
                    && SETEXT_UNDERLINE.matcher(stripped).matches()) {
                String headingText = inline(paragraph.toString());
                paragraph.setLength(0);
                if (title == null && blocks.isEmpty()) {
                    title = headingText;
                } else {
                    blocks.add(Block.heading(headingText));
                }
                continue;
            }
            if (RULE.matcher(stripped).matches()) {
                flush(paragraph, paragraphKind, blocks);
                paragraphKind = Block.Kind.PARAGRAPH;
                continue;
            }
            if (stripped.startsWith(">")) {
                if (paragraphKind != Block.Kind.QUOTE) {
                    flush(paragraph, paragraphKind, blocks);
                    paragraphKind = Block.Kind.QUOTE;
                }
                append(paragraph, stripped.replaceFirst("^(>\\s?)+", ""));
                continue;
            }
            Matcher item = LIST_ITEM.matcher(line);
            if (item.matches()) {
                flush(paragraph, paragraphKind, blocks);
                paragraphKind = Block.Kind.LIST_ITEM;
                append(paragraph, item.group(2));
                continue;
            }
            if (paragraphKind == Block.Kind.QUOTE) {
                // A line without ">" after a quote ends it (lazy continuation is rare in articles).
                flush(paragraph, paragraphKind, blocks);
                paragraphKind = Block.Kind.PARAGRAPH;
            }
            append(paragraph, stripped);
        }
        flush(paragraph, paragraphKind, blocks);

        if (title == null && !blocks.isEmpty()) {
            title = blocks.removeFirst().text();
        }
        if (!blocks.isEmpty() && TextBlocks.byline(blocks.getFirst().text()) != null) {
            String line = blocks.removeFirst().text();
            byline = byline == null ? TextBlocks.byline(line) : byline;
        }
        List<Block> classified = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            classified.add(block.kind() == Block.Kind.PARAGRAPH && TextBlocks.isQuotation(block.text())
                    ? new Block(Block.Kind.QUOTE, block.text()) : block);
        }
        ArticleMetadata metadata = byline == null || byline.isEmpty() ? ArticleMetadata.NONE
                : new ArticleMetadata(byline, null, null, null);
        return new Article(title == null ? "" : title, BoilerplateFilter.filter(classified), ArticleFormat.MARKDOWN,
                metadata);
    }

    /** Whether the blocks read so far are only what pages set over a headline: furniture lines and a rubric. */
    private static boolean aboveHeadline(List<Block> blocks, String headline) {
        for (Block block : blocks) {
            if (!BoilerplateFilter.isFurniture(block.text()) && !FurnitureLines.isRubricOver(block.text(), headline)) {
                return false;
            }
        }
        return true;
    }

    /** Reduces inline Markdown to plain text. */
    static String inline(String markdown) {
        String text = IMAGE.matcher(markdown).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = REFERENCE_LINK.matcher(text).replaceAll("$1");
        text = CODE.matcher(text).replaceAll("$1");
        text = STRONG.matcher(text).replaceAll("$2");
        text = EMPHASIS.matcher(text).replaceAll("$2");
        text = HTML_TAG.matcher(text).replaceAll("");
        text = ESCAPE.matcher(text).replaceAll("$1");
        return TextBlocks.clean(text);
    }

    private static int findFrontMatterEnd(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                return i;
            }
        }
        return -1;
    }

    private static void append(StringBuilder paragraph, String line) {
        if (!paragraph.isEmpty()) {
            paragraph.append(' ');
        }
        paragraph.append(line.strip());
    }

    private static void flush(StringBuilder paragraph, Block.Kind kind, List<Block> blocks) {
        if (paragraph.isEmpty()) {
            return;
        }
        String text = inline(paragraph.toString());
        paragraph.setLength(0);
        if (!text.isEmpty()) {
            blocks.add(new Block(kind, text));
        }
    }
}
