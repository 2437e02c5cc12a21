package htmltext

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropped are elements whose content is never article text.
const dropped = "script, style, noscript, template, svg, math, canvas, iframe, object, embed, " +
	"video, audio, picture, img, button, input, select, textarea, nav, aside, footer, " +
	"figure, figcaption, menu, dialog, map, head, " +
	`[hidden], [aria-hidden="true"], [role="navigation"], [role="complementary"], ` +
	`[role="contentinfo"], [role="dialog"], [role="alert"], [itemprop="author"], ` +
	`[style*="display:none"], [style*="display: none"], [style*="visibility:hidden"]`

// boilerClass matches class and id tokens of page furniture.
var boilerClass = regexp.MustCompile(`(?i)(^|[\s_-])(comments?|disqus|related|share|sharing|sharebar|social|sidebar|footer|nav|navbar|navigation|menu|breadcrumbs?|newsletter|subscribe|subscription|promo|advert|advertisement|ads?|adsense|adslot|banner|cookies?|consent|popup|modal|caption|captions|credit|credits|tags|taglist|recommended|recirc|outbrain|taboola|sponsored|byline|author|authors|meta|masthead|toolbar|skip|signup|login|paywall|sr-only|visually-hidden|screen-reader-text|trending|most-popular|popular|read-more|readmore|more-stories|playlist|tools|utility|pagination|pager|rollover|tooltip|popover|hovercard|ticker|marquee|lightbox|gallery|poll|survey|bio|disclaimer|copyright)([\s_-]|$)`)

// camelCase finds the word breaks inside camel-case class names
// ("authorInfo", "relatedLinks"), which boilerClass then sees as tokens.
var camelCase = regexp.MustCompile(`(\p{Ll})(\p{Lu})`)

// contentClass marks class and id tokens that protect an element from
// boilerClass.
var contentClass = regexp.MustCompile(`(?i)(^|[\s_-])(article|body|content|main|story|entry|post|text|embed|tweet)([\s_-]|$)`)

// commentClass marks reader comments, removed even when they hold prose.
var commentClass = regexp.MustCompile(`(?i)^\s*(comments?|commentlist|disqus|respond|replies)([\s_-]|$)`)

// prune removes boilerplate from the page: dropped elements, reader
// comments (class or id starting with "comment"), and elements whose class
// or id names furniture (camel-case words split: "authorInfo-bio"),
// unless it also names content, holds the <article>, or holds two or more
// long prose paragraphs. The guards are computed in one
// pass over the tree, so prune stays linear however deep furniture nests.
func prune(doc *goquery.Document) {
	find(doc.Selection, dropped).Remove()
	st := map[*html.Node]*subtree{}
	for _, n := range doc.Nodes {
		measure(n, st)
	}
	find(doc.Selection, "[class], [id]").Each(func(_ int, s *goquery.Selection) {
		n := s.Get(0)
		switch n.DataAtom {
		case atom.Html, atom.Body, atom.Article, atom.Main:
			return
		}
		if isComments(s.AttrOr("class", "")) || isComments(s.AttrOr("id", "")) {
			s.Remove()
			return
		}
		cls := s.AttrOr("class", "") + " " + s.AttrOr("id", "")
		if !boilerClass.MatchString(camelCase.ReplaceAllString(cls, "$1 $2")) || contentClass.MatchString(cls) {
			return
		}
		if t := st[n]; t != nil && (t.marked || t.prose >= 2) {
			return
		}
		s.Remove()
	})
	find(doc.Selection, "header").Each(func(_ int, s *goquery.Selection) {
		if t := st[s.Get(0)]; t == nil || t.prose < 2 {
			s.Remove()
		}
	})
}

// isComments reports a class or id naming a reader-comments container.
func isComments(name string) bool {
	return commentClass.MatchString(camelCase.ReplaceAllString(name, "$1 $2"))
}

// subtree is what prune needs to know about an element's descendants.
type subtree struct {
	prose  int  // <p> of 150+ characters, under a fifth of them in links
	marked bool // holds an <article>, <main> or itemprop=articleBody
}

// measure fills st for n's subtree and returns the characters (letters
// and digits) under n and how many of them are inside links.
func measure(n *html.Node, st map[*html.Node]*subtree) (chars, links int) {
	if n.Type == html.TextNode {
		for _, r := range n.Data {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				chars++
			}
		}
		return chars, 0
	}
	t := &subtree{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		ch, li := measure(c, st)
		chars += ch
		links += li
		if ct := st[c]; ct != nil {
			t.prose += ct.prose
			t.marked = t.marked || ct.marked
			if c.DataAtom == atom.Article || c.DataAtom == atom.Main || isBodyMarker(c) {
				t.marked = true
			}
		}
	}
	if n.Type != html.ElementNode && n.Type != html.DocumentNode {
		return chars, links
	}
	if n.DataAtom == atom.A {
		links = chars
	}
	if n.DataAtom == atom.P && chars >= 150 && links*5 < chars {
		t.prose++
	}
	st[n] = t
	return chars, links
}

// isBodyMarker reports an element marked itemprop=articleBody.
func isBodyMarker(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "itemprop" && strings.EqualFold(a.Val, "articleBody") {
			return true
		}
	}
	return false
}

// block is one run of text between block-level boundaries.
type block struct {
	text    string
	chars   int // letters and digits
	link    int // letters and digits inside <a>
	heading int // 1-6 for h1-h6, 0 otherwise
	item    bool
}

// linkDensity is the share of the block's characters inside links.
func (b *block) linkDensity() float64 {
	if b.chars == 0 {
		return 0
	}
	return float64(b.link) / float64(b.chars)
}

// linkList reports a block that is mostly links: over half its characters,
// or over three quarters for a block of 100 characters or more (a list item
// that opens with a linked sentence is still prose).
func (b *block) linkList() bool {
	ld := b.linkDensity()
	return ld > 0.5 && (b.chars < 100 || ld > 0.75)
}

// good reports a block that reads like article prose.
func (b *block) good() bool {
	return b.heading == 0 && b.chars >= 60 && b.linkDensity() < 0.3
}

// weight is the block's contribution to the score of every element that
// holds it: prose counts for, link lists and short snippets against.
func (b *block) weight() float64 {
	n := float64(b.chars)
	ld := b.linkDensity()
	switch {
	case b.linkList():
		return -n
	case b.good(), b.heading == 0 && b.chars >= 100:
		return n * (1 - ld)
	case b.heading > 0:
		return 0
	default:
		return -0.3 * n
	}
}

// walker flattens a tree into blocks and records the block range of every
// block-level element.
type walker struct {
	blocks  []block
	spans   []span
	cur     strings.Builder
	chars   int
	link    int
	inLink  int
	heading int
	item    int
}

// span is the range of blocks [start, end) an element holds.
type span struct {
	n          *html.Node
	start, end int
}

func (w *walker) flush() {
	text := strings.TrimSpace(w.cur.String())
	w.cur.Reset()
	if text != "" && w.chars > 0 {
		w.blocks = append(w.blocks, block{text: text, chars: w.chars, link: w.link, heading: w.heading, item: w.item > 0})
	}
	w.chars, w.link = 0, 0
}

func (w *walker) text(s string) {
	for _, r := range s {
		if unicode.IsSpace(r) {
			if w.cur.Len() > 0 {
				if last, _ := utf8.DecodeLastRuneInString(w.cur.String()); last != ' ' {
					w.cur.WriteByte(' ')
				}
			}
			continue
		}
		w.cur.WriteRune(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			w.chars++
			if w.inLink > 0 {
				w.link++
			}
		}
	}
}

func (w *walker) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		return
	default:
		return
	}
	if n.DataAtom == atom.Br || n.DataAtom == atom.Hr {
		w.flush()
		return
	}
	if isInline(n.DataAtom) {
		if n.DataAtom == atom.A {
			w.inLink++
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c)
		}
		if n.DataAtom == atom.A {
			w.inLink--
		}
		return
	}
	w.flush()
	h := headingLevel(n.DataAtom)
	if h > 0 {
		w.heading = h
	}
	if n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Dt {
		w.item++
	}
	start := len(w.blocks)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	w.flush()
	if h > 0 {
		w.heading = 0
	}
	if n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Dt {
		w.item--
	}
	if len(w.blocks) > start && isContainer(n.DataAtom) {
		w.spans = append(w.spans, span{n, start, len(w.blocks)})
	}
}

// isContainer reports the elements that can hold an article body: not
// paragraphs, headings, list items or table rows, which hold pieces of one.
func isContainer(a atom.Atom) bool {
	switch a {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Dt, atom.Dd,
		atom.Pre, atom.Blockquote, atom.Tr, atom.Th, atom.Caption, atom.Address:
		return false
	}
	return true
}

func headingLevel(a atom.Atom) int {
	switch a {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	return 0
}

// isInline reports the phrasing elements that do not break a block.
func isInline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Span, atom.B, atom.Strong, atom.I, atom.Em, atom.U, atom.Small, atom.Sub,
		atom.Sup, atom.Abbr, atom.Cite, atom.Code, atom.Q, atom.Mark, atom.Time, atom.Font, atom.S,
		atom.Strike, atom.Del, atom.Ins, atom.Dfn, atom.Kbd, atom.Var, atom.Bdi, atom.Bdo, atom.Wbr,
		atom.Data, atom.Label, atom.Big, atom.Tt, atom.Acronym, atom.Nobr:
		return true
	}
	return false
}

// boilerText matches whole blocks that are furniture, not prose.
var boilerText = regexp.MustCompile(`(?i)^(advertisement|advertising|sponsored( content)?|share( this( article| story)?)?( on \w+)?|read more|related( articles| stories)?|comments?|sign up.*|subscribe.*|follow us.*|click here.*|(photo|image|picture|video)( credit)?:.*|getty images|copyright.*|publicité|partager( sur \pL+| cet article)?|lire la suite|commentaires?|réagir|(crédit )?photo ?:.*|إعلان|اعلان|شارك(ها)?( على \pL+)?|مشاركة|اقرأ المزيد|إقرأ المزيد|تابعونا( على)?.*|التعليقات|أضف تعليق(ك)?|طباعة|(image|photo|picture|slide) \d+ (of|/) \d+|caption|close|back to gallery|(view|open) gallery|enlarge|expand|trending:?|©.*|all rights reserved.*)$`)

// notices are the service lines sites put inside an article: cookie and
// newsletter notices, contact lines, wire-service credits. A short block
// (under 250 characters) containing one, lower-cased, is dropped; credits
// only count at the start of a block.
var (
	notices = []string{"uses cookies", "cookie policy", "newsletter", "follow us on", "follow him on",
		"follow her on", "follow them on", "have a tip?", "have a news tip?", "may be reached at",
		"all rights reserved", "may contain affiliate", "contains affiliate", "nous utilisons des cookies",
		"abonnez-vous", "inscrivez-vous", "tous droits réservés", "جميع الحقوق محفوظة", "اشترك في النشرة"}
	credits = []string{"reporting by ", "(reporting by ", "writing by ", "(writing by ", "editing by ",
		"(editing by ", "additional reporting by "}
)

// isNotice reports a short block that is a notice or a credit line.
func isNotice(b *block) bool {
	if b.chars >= 250 {
		return false
	}
	s := strings.ToLower(b.text)
	for _, n := range notices {
		if strings.Contains(s, n) {
			return true
		}
	}
	for _, c := range credits {
		if strings.HasPrefix(s, c) {
			return true
		}
	}
	return false
}

// tailText matches a heading that opens the list of other stories below an
// article: everything from it on is dropped.
var tailText = regexp.MustCompile(`(?i)^(more (in|from|on|about|stories|news|articles|to read|like this)\b.*|related( (articles?|stories|posts?|news|content|coverage|links|reading|topics))?|read more|read next|see also|also read|you (may|might) (also )?(like|enjoy|be interested in).*|recommended( for you| stories| reading)?|trending( now)?|most (popular|read|viewed|shared).*|popular( (stories|posts|articles))?|latest( (news|stories|articles|posts))?|top stories|what to read next|explore further|(want |get )?more (\pL+ ){0,3}(stories|news|articles|posts|videos|reading)( like this)?\b.*|further reading|sponsored (content|stories|links)|from (our|the) (partners|web)|around the web|à lire aussi|lire aussi|sur le même sujet|dans la même rubrique|les plus lus|articles similaires|vous (aimerez|pourriez aimer) aussi.*|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|مواضيع ذات صلة|أخبار ذات صلة|مقالات ذات صلة|الأكثر قراءة|الأكثر مشاهدة|اخترنا لك)[\s:.…!]*$`)

// tail returns where the article ends in blocks: at the first heading or
// short line matching tailText after which there is less prose than before
// it; len(blocks) when there is none.
func tail(blocks []block) int {
	total := goodChars(blocks)
	before := 0
	for i := range blocks {
		b := &blocks[i]
		if before > 0 && (b.heading > 0 || b.chars < 40) && tailText.MatchString(b.text) && total-before < before {
			return i
		}
		if b.good() {
			before += b.chars
		}
	}
	return len(blocks)
}

// body2text returns the article body of doc, paragraphs separated by "\n".
func body2text(doc *goquery.Document, title string) string {
	ld := jsonLDBody(doc)
	prune(doc)
	w := &walker{}
	for _, n := range find(doc.Selection, "body").Nodes {
		w.walk(n)
	}
	if len(find(doc.Selection, "body").Nodes) == 0 {
		for _, n := range doc.Nodes {
			w.walk(n)
		}
	}
	w.flush()
	// The best-scoring element, unless the page marks its body: an
	// itemprop=articleBody element wins when it holds the pick, or sits in
	// it with a fifth of its prose, or holds half as much prose elsewhere;
	// an element whose class names an article body only narrows the pick,
	// and only when it keeps three quarters of its prose.
	start, end := best(w)
	if ms, me, ok := marked(doc, w, bodyMarkers); ok {
		mg, bg := goodChars(w.blocks[ms:me]), goodChars(w.blocks[start:end])
		inside := ms >= start && me <= end
		if (ms <= start && me >= end) || (inside && mg*5 >= bg) || mg*2 >= bg {
			start, end = ms, me
		}
	} else if ms, me, ok := marked(doc, w, bodyClasses); ok {
		mg, bg := goodChars(w.blocks[ms:me]), goodChars(w.blocks[start:end])
		if ms >= start && me <= end && mg*4 >= bg*3 {
			start, end = ms, me
		}
	}
	text := render(w.blocks[start:end], title)
	if utf8.RuneCountInString(ld) > 2*utf8.RuneCountInString(text) {
		return ld
	}
	return text
}

// bodyMarkers select the elements a page itself marks as its article body.
const bodyMarkers = `[itemprop="articleBody"], [itemprop="articlebody"]`

// bodyClasses select elements whose class or id names an article body.
const bodyClasses = `[id*="articlebody" i], [class*="articlebody" i], [class*="article-body" i], [id*="article-body" i], ` +
	`[class*="article__body" i], [class*="article-content" i], [class*="article__content" i], [class*="article-text" i], ` +
	`[class*="story-body" i], [class*="storybody" i], [class*="story-content" i], [class*="entry-content" i], ` +
	`[class*="post-content" i], [class*="post-body" i], [class*="post-entry" i], [class*="news-body" i], [class*="news-content" i], ` +
	`[id*="news-body" i], [id*="newsbody" i], [class*="body-text" i], [class*="text-body" i]`

// marked returns the block range of the element sel selects as the
// article body, the one with the most text when several match.
func marked(doc *goquery.Document, w *walker, sel string) (int, int, bool) {
	nodes := map[*html.Node]bool{}
	for _, n := range find(doc.Selection, sel).Nodes {
		nodes[n] = true
	}
	if len(nodes) == 0 {
		return 0, 0, false
	}
	bs, be, top := 0, 0, 0
	for _, s := range w.spans {
		if !nodes[s.n] {
			continue
		}
		c := 0
		for _, b := range w.blocks[s.start:s.end] {
			c += b.chars - b.link
		}
		if c > top {
			bs, be, top = s.start, s.end, c
		}
	}
	return bs, be, top >= 100
}

// goodChars sums the characters of the good blocks.
func goodChars(blocks []block) int {
	n := 0
	for i := range blocks {
		if blocks[i].good() {
			n += blocks[i].chars
		}
	}
	return n
}

// best returns the block range of the element with the highest score.
func best(w *walker) (int, int) {
	prefix := make([]float64, len(w.blocks)+1)
	for i := range w.blocks {
		prefix[i+1] = prefix[i] + w.blocks[i].weight()
	}
	bs, be, top := 0, len(w.blocks), 0.0
	first := true
	for _, s := range w.spans {
		score := prefix[s.end] - prefix[s.start]
		if first || score > top {
			bs, be, top, first = s.start, s.end, score, false
		}
	}
	return bs, be
}

// byline matches a credit line: "By …", "Par …", "كتب: …".
var byline = regexp.MustCompile(`(?i)^\s*((by|par|posted by|written by|publié par)\b|(بقلم|كتب|كتبت|كتبه|إعداد|تحرير|مراسل)(\s|:|$))`)

// dateline matches a line that is a date and time: a year, or a clock
// time, among few words.
var dateline = regexp.MustCompile(`^[^.!?؟]{0,60}(\b(19|20)\d\d\b|\d\d?:\d\d)[^.!?؟]{0,40}$`)

// render joins the blocks that are article text, dropping the headline,
// link lists, furniture lines and the related-stories tail.
func render(blocks []block, title string) string {
	var b strings.Builder
	lead := true // before the first prose block
	for _, bl := range blocks[:tail(blocks)] {
		if bl.good() {
			lead = false
		}
		switch {
		case lead && bl.chars < 80 && (byline.MatchString(bl.text) || dateline.MatchString(bl.text)):
		case bl.heading == 1, bl.text == title:
		case bl.linkList():
		case bl.chars < 150 && boilerText.MatchString(bl.text), isNotice(&bl):
		default:
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(bl.text)
		}
	}
	return b.String()
}
