package dev.tolk.markup;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import dev.tolk.markup.Placeholders.Token;

/**
 * An HTML article, parsed by jsoup the way a browser would (malformed markup is tolerated). Text is translated in
 * runs: the inline content of a block ({@code p}, {@code h2}, {@code li}, {@code td}, …), or text lying directly in a
 * container next to blocks. Inline elements inside a run ({@code a}, {@code strong}, {@code span}, …) become
 * {@code <xN>…</xN>} placeholders; elements whose content is not prose ({@code code}, {@code img}, {@code br},
 * {@code script}, comments) become standalone {@code <xN/>} and are put back whole. Attributes are never sent, so
 * {@code href}s cannot change, and {@code title}/{@code alt} texts stay as they are (untranslated). {@code pre},
 * {@code script}, {@code style}, {@code textarea} and the document's {@code head} are left untouched.
 * <p>
 * The output is the parsed document with each run's nodes replaced, serialised without pretty-printing: text and
 * markup outside the runs keep their characters, though jsoup writes attributes in double quotes and may spell
 * entities differently ({@code &amp;}, {@code &nbsp;} stay; {@code &eacute;} becomes {@code é}).
 */
final class HtmlText implements SegmentedText {

    /** Elements that hold runs of text and break a run: their inline content is a segment of its own. */
    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu",
            "nav", "ol", "p", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "colgroup", "col", "frameset", "frame", "noframes");
    /** Blocks whose content is not prose to translate: kept as they are, not entered. */
    private static final Set<String> KEPT_BLOCKS = Set.of("pre", "head", "listing", "xmp", "plaintext");
    /** Inline elements kept whole (content unseen by the model): code, media, form controls, scripts. */
    private static final Set<String> KEPT_INLINE = Set.of("code", "kbd", "samp", "var", "tt", "br", "wbr", "img",
            "picture", "source", "track", "svg", "math", "script", "style", "noscript", "template", "iframe", "object",
            "embed", "video", "audio", "canvas", "input", "select", "textarea", "button", "meter", "progress");
    /** A document, not a fragment: the output must be a whole document too. */
    private static final Pattern WHOLE = Pattern.compile("^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype|html|head|body)[\\s>]",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern LEADING = Pattern.compile("^\\s+");
    private static final Pattern TRAILING = Pattern.compile("\\s+$");

    private final Document document;
    private final boolean whole;
    private final List<Run> runs = new ArrayList<>();

    private HtmlText(Document document, boolean whole) {
        this.document = document;
        this.whole = whole;
        document.outputSettings().prettyPrint(false);
    }

    static HtmlText parse(String html) {
        return parse(html, MarkdownText.DEFAULT_MAX_DEPTH);
    }

    /**
     * @throws TooDeeplyNestedException when elements nest deeper than {@code maxDepth}: measured with jsoup's
     *                                  iterative traversal before the recursive walks below ever start
     */
    static HtmlText parse(String html, int maxDepth) {
        // Four times the limit: the estimate may count an unclosed element the parser would close by itself.
        if (HtmlNesting.exceeds(html, 4 * maxDepth)) {
            throw new TooDeeplyNestedException(Format.HTML, maxDepth);
        }
        boolean whole = WHOLE.matcher(html).lookingAt();
        HtmlText out = new HtmlText(whole ? Jsoup.parse(html) : Jsoup.parseBodyFragment(html), whole);
        out.document.body().traverse((node, depth) -> {
            if (depth > maxDepth) {
                throw new TooDeeplyNestedException(Format.HTML, maxDepth);
            }
        });
        out.collect(out.document.body());
        return out;
    }

    @Override
    public List<Inline> segments() {
        return runs.stream().map(Run::inline).toList();
    }

    @Override
    public String render(List<String> translated) {
        for (int i = 0; i < runs.size(); i++) {
            runs.get(i).replace(translated.get(i));
        }
        return whole ? document.outerHtml() : document.body().html();
    }

    /** Splits a container's children into runs of inline content, entering the blocks between them. */
    private void collect(Element container) {
        List<Node> run = new ArrayList<>();
        for (Node child : container.childNodes()) {
            if (!(child instanceof Element e) || isInline(e)) {
                run.add(child);
                continue;
            }
            addRun(run);
            run = new ArrayList<>();
            if (!KEPT_BLOCKS.contains(e.normalName())) {
                collect(e);
            }
        }
        addRun(run);
    }

    private static boolean isInline(Element e) {
        String name = e.normalName();
        if (KEPT_INLINE.contains(name)) {
            return true;
        }
        if (BLOCKS.contains(name) || KEPT_BLOCKS.contains(name)) {
            return false;
        }
        // An inline element wrapping blocks (<a><div>…</div></a>) is entered like a block.
        for (Element child : e.children()) {
            if (!isInline(child)) {
                return false;
            }
        }
        return true;
    }

    private void addRun(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        Inline inline = new Inline();
        for (Node n : nodes) {
            if (!encode(n, inline)) {
                return; // text that already looks like a placeholder: left as it is rather than misread later
            }
        }
        String raw = inline.text();
        String text = SPACE.matcher(raw).replaceAll(" ").strip();
        if (!hasLetters(Placeholders.strip(text))) {
            return; // whitespace, numbers alone, images: nothing to translate
        }
        Inline segment = new Inline();
        copyTable(inline, segment, text);
        runs.add(new Run(List.copyOf(nodes), segment, match(LEADING, raw), match(TRAILING, raw)));
    }

    /** @return false when the run cannot be encoded safely */
    private static boolean encode(Node node, Inline inline) {
        if (node instanceof TextNode t) {
            String s = t.getWholeText();
            if (Placeholders.any(s)) {
                return false;
            }
            inline.text(s);
            return true;
        }
        if (!(node instanceof Element e)) {
            inline.standalone(node.clone(), ""); // a comment
            return true;
        }
        if (KEPT_INLINE.contains(e.normalName()) || e.childNodeSize() == 0) {
            String plain = e.normalName().equals("br") ? " " : e.normalName().equals("code") ? e.text() : "";
            inline.standalone(e.clone(), plain);
            return true;
        }
        int n = inline.open(e.shallowClone());
        for (Node child : e.childNodes()) {
            if (!encode(child, inline)) {
                return false;
            }
        }
        inline.close(n);
        return true;
    }

    /**
     * The whitespace-collapsed text keeps the placeholders of the raw one, in order; rebuild an Inline with the same
     * table (numbers are assigned identically because they are assigned in order of appearance).
     */
    private static void copyTable(Inline from, Inline to, String text) {
        for (Token t : from.tokens(text)) {
            switch (t.kind()) {
                case TEXT -> to.text(t.text());
                case OPEN -> to.open(from.pair(t.n()));
                case CLOSE -> to.close(t.n());
                case STANDALONE -> to.standalone(from.standalone(t.n()), from.plainOf(t.n()));
            }
        }
    }

    static boolean hasLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String match(Pattern p, String s) {
        var m = p.matcher(s);
        return m.find() ? m.group() : "";
    }

    /**
     * @param nodes    the document's nodes the run is made of
     * @param inline   the segment and its placeholder table
     * @param leading  whitespace before the text, kept so the source's layout survives
     * @param trailing whitespace after it
     */
    private record Run(List<Node> nodes, Inline inline, String leading, String trailing) {

        void replace(String translated) {
            Element holder = new Element("div");
            if (!leading.isEmpty()) {
                holder.appendChild(new TextNode(leading));
            }
            Deque<Element> open = new ArrayDeque<>();
            Element current = holder;
            for (Token t : inline.tokens(translated)) {
                switch (t.kind()) {
                    case TEXT -> current.appendChild(new TextNode(t.text()));
                    case OPEN -> {
                        Element e = ((Element) inline.pair(t.n())).shallowClone();
                        current.appendChild(e);
                        open.push(current);
                        current = e;
                    }
                    case CLOSE -> current = open.pop();
                    case STANDALONE -> current.appendChild(((Node) inline.standalone(t.n())).clone());
                }
            }
            if (!trailing.isEmpty()) {
                holder.appendChild(new TextNode(trailing));
            }
            Node first = nodes.get(0);
            for (Node n : new ArrayList<>(holder.childNodes())) {
                first.before(n);
            }
            nodes.forEach(Node::remove);
        }
    }
}
