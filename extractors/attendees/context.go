package attendees

import (
	"strings"
	"sync"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places"
)

// context is the working state of one Extract call.
type context struct {
	e        *Extractor
	lx       *lexicon
	doc      *extractors.Document
	text     string
	lang     string
	toks     []tok
	mentions []places.Mention
	mentAt   []int32 // token -> index into mentions, -1 when none
	titleAt  []match // token -> longest title starting there (ph nil if none)
	titles   []int32 // the tokens titleAt holds a title for, in order
	heads    []int32 // the words that open a lexicon title or body
	orgAt    []match // token -> longest organization starting there
	seen     idSet   // the vocabulary ids of the text's words
	seenCls  uint64  // the word classes of the text's words (see occurs)
	buf      []proclitic

	orgs         []orgHit
	inOrg        []bool  // token covered by an organization
	orgEnd       []int32 // token -> end of the organization covering it
	people       []personHit
	roleTok      []bool // token inside a role phrase or a name
	cues         []countryCue
	pairs        [][2]string    // bilateral pairs: "entre le Togo et le Ghana"
	unnamedRoles [][2]int       // role phrases of officials the text does not name
	location     string         // country of the event's location, "" when unknown
	quoted       []bool         // token inside a long quotation (built on first use)
	bools        [][]bool       // per-token scratch slices, see scratchBools
	ints         []int          // per-token scratch
	roleOf       []int8         // per-token scratch
	scores       []score        // countryResult's scratch
	keep         []*score       // countryResult's scratch
	keyBuf       []string       // orgResult's scratch for bareKeys
	orgOut       []Organization // orgResult's scratch
	fold         []byte         // the tokenizer's folding buffer
}

// contexts are pooled: their per-token slices are reused across calls.
var contextPool = sync.Pool{New: func() any { return &context{buf: make([]proclitic, 0, 4)} }}

// scratch returns s resized to n zeroed elements, reusing its storage.
func scratch[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	s = s[:n]
	clear(s)
	return s
}

// sparse returns s resized to n elements, all zero: a slice that release
// leaves zeroed, so that only the few elements a call sets are cleared,
// not the whole.
func sparse[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

func newContext(e *Extractor, doc *extractors.Document, pl places.Result) *context {
	mentions := pl.Mentions
	if len(mentions) == 0 && e.g != nil {
		mentions = e.g.Scan(doc)
	}
	c := contextPool.Get().(*context)
	c.e, c.lx, c.doc, c.text, c.lang, c.mentions = e, e.lx, doc, doc.Text, doc.Lang, mentions
	c.location = ""
	if pl.Location != nil {
		c.location = pl.Location.Country
	}
	c.toks, c.fold = tokenizeBuf(doc.Text, c.toks[:0], c.fold)
	n := len(c.toks)
	c.mentAt = scratch(c.mentAt, n)
	c.titleAt = sparse(c.titleAt, n)
	c.orgAt = sparse(c.orgAt, n)
	c.inOrg = scratch(c.inOrg, n)
	c.orgEnd = scratch(c.orgEnd, n)
	c.roleTok = scratch(c.roleTok, n)
	c.quoted = c.quoted[:0]
	c.orgs, c.people, c.cues, c.unnamedRoles = c.orgs[:0], c.people[:0], c.cues[:0], c.unnamedRoles[:0]
	c.pairs = c.pairs[:0]
	// each word's vocabulary id and classes; the words that may open a
	// title or a body
	c.seen = scratch(c.seen, len(classByID)/64+1)
	c.seenCls = 0
	c.titles, c.heads = c.titles[:0], c.heads[:0]
	for i := range c.toks {
		c.mentAt[i] = -1
		t := &c.toks[i]
		if !t.word() {
			continue
		}
		t.id = lookupWord(t.key)
		c.seen.add(t.id)
		t.self = classByID[t.id]
		t.cls = t.self
		if t.ar && hasProclitic(t.key) {
			for r, rd := range stems(t.key, c.buf)[1:] {
				t.sid[r] = lookupWord(rd.stem)
				t.cls |= classByID[t.sid[r]]
			}
		}
		c.seenCls |= t.cls
		if t.cls&(bitTitle|bitOrg) != 0 {
			c.heads = append(c.heads, int32(i))
		}
	}
	if len(mentions) > 0 {
		mi := 0
		for i := range c.toks {
			rs, re := doc.RuneOffset(int(c.toks[i].s)), doc.RuneOffset(int(c.toks[i].e))
			for mi < len(mentions) && mentions[mi].End <= rs {
				mi++
			}
			for k := mi; k < len(mentions) && mentions[k].Start < re; k++ {
				if mentions[k].End > rs {
					c.mentAt[i] = int32(k)
					break
				}
			}
		}
	}
	// the longest title and body starting at each head; a lexicon phrase
	// reads the ids of the words after its first
	lang := c.lang
	for _, i := range c.heads {
		i := int(i)
		t := &c.toks[i]
		tl := lang
		if t.ar {
			tl = "ar"
		} else if tl == "ar" || tl == "und" || tl == "" {
			tl = "en"
		}
		if m, ok := c.lx.titles.longest(c.toks, i, tl, c.buf); ok {
			c.titleAt[i] = m
		} else if tl == "en" && lang != "en" {
			if m, ok := c.lx.titles.longest(c.toks, i, "fr", c.buf); ok {
				c.titleAt[i] = m
			}
		}
		if c.titleAt[i].ph != nil {
			c.titles = append(c.titles, int32(i))
		}
		if t.cls&bitOrg == 0 {
			continue
		}
		if m, ok := c.lx.orgs.longest(c.toks, i, "", c.buf); ok {
			c.orgAt[i] = m
		}
	}
	return c
}

// occurs reports a word of s in the text: the word itself for a plain set,
// the word or a stem for a set with a class bit. Loops that look for a rare
// set's words skip the text when it holds none.
func (c *context) occurs(s wordSet) bool {
	if s.bit != 0 {
		return c.seenCls&s.bit != 0
	}
	return s.ids.intersects(c.seen)
}

// mention returns the gazetteer mention covering token i.
func (c *context) mention(i int) *places.Mention {
	if i < 0 || i >= len(c.toks) || c.mentAt[i] < 0 {
		return nil
	}
	return &c.mentions[c.mentAt[i]]
}

// countryish reports a token inside a country name, demonym or capital.
func (c *context) countryish(i int) bool {
	m := c.mention(i)
	return m != nil && (m.Kind == "country" || m.Kind == "demonym" || m.Kind == "capital")
}

// title returns the title phrase starting at token i, if any, of the given kind.
func (c *context) title(i, kind int) (match, bool) {
	if i < 0 || i >= len(c.toks) {
		return match{}, false
	}
	m := c.titleAt[i]
	if m.ph == nil || (kind != 0 && m.ph.kind != kind) {
		return match{}, false
	}
	return m, true
}

// isStop reports a word that never belongs to a name: the word itself or,
// in Arabic, its stem without proclitics.
func (c *context) isStop(i int) bool {
	t := &c.toks[i]
	if !t.word() {
		return true
	}
	if !t.ar && (t.cap || t.upper) && c.lx.givenLa.has(t) && i > 0 && !c.toks[i-1].isBreak() {
		return false // "Said", "Ali" inside a sentence are names
	}
	if t.ar && t.key == "ان" && strings.HasPrefix(c.text[t.s:t.e], "آ") {
		return false // "آن" (Anne) is no "أن"
	}
	if t.ar && (t.key == "علي" || t.key == "وعلي" || t.key == "فعلي") {
		// "على" folds like the name "علي": the written letter decides
		return strings.HasSuffix(c.text[t.s:t.e], "ى")
	}
	if t.ar {
		return t.self&bitStopAr != 0 || t.cls&bitStopAr != 0 && !c.lx.givenAr.has(t)
	}
	if c.lang == "fr" {
		return t.self&bitStopFr != 0
	}
	return t.self&bitStopEn != 0
}

// given reports a common given name. For Arabic it also tries the word
// without a proclitic and returns the runes to leave out of the span.
func (c *context) given(i int) (pre int, ok bool) {
	if i < 0 || i >= len(c.toks) {
		return 0, false
	}
	t := &c.toks[i]
	if !t.word() {
		return 0, false
	}
	if !t.ar {
		return 0, c.lx.givenLa.has(t) && (t.cap || t.upper)
	}
	if c.lx.givenAr.has(t) {
		return 0, true
	}
	for r, rd := range stems(t.key, c.buf)[1:] {
		if c.lx.givenAr.ids.has(t.sid[r]) && len(rd.stem) > 4 {
			return rd.raw, true
		}
	}
	return 0, false
}

// span builds the extractors.Span of tokens [i, j), leaving out pre runes
// of an Arabic proclitic on token i.
func (c *context) span(i, j, pre int, conf float64) extractors.Span {
	s := int(c.toks[i].s)
	if pre > 0 {
		s = skipRunes(c.text, s, pre)
	}
	return c.doc.Span(s, int(c.toks[j-1].e), conf)
}

// textOf returns the text of tokens [i, j).
func (c *context) textOf(i, j int) string {
	if j <= i {
		return ""
	}
	return c.text[c.toks[i].s:c.toks[j-1].e]
}

// sentenceStart returns the first token of the sentence holding token i.
func (c *context) sentenceStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		t := &c.toks[k]
		if t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟' || t.p == ':' || c.toks[k+1].nl {
			return k + 1
		}
	}
	return 0
}

// release returns c to the pool; nothing of the result points into it.
func (c *context) release() {
	for _, i := range c.heads { // only heads hold matches: see sparse
		c.titleAt[i], c.orgAt[i] = match{}, match{}
	}
	c.e, c.lx, c.doc, c.text, c.mentions = nil, nil, nil, "", nil
	clear(c.keyBuf) // keep no text alive in the pool
	c.keyBuf = c.keyBuf[:0]
	contextPool.Put(c)
}

// scratchBools returns a zeroed per-token scratch slice numbered i.
func (c *context) scratchBools(i int) []bool {
	for len(c.bools) <= i {
		c.bools = append(c.bools, nil)
	}
	c.bools[i] = scratch(c.bools[i], len(c.toks))
	return c.bools[i]
}

func (c *context) result() Result {
	r := Result{Countries: []Country{}, People: []Person{}, Organizations: []Organization{}}
	r.Organizations = c.orgResult()
	r.People = c.peopleResult()
	r.Countries = c.countryResult()
	return r
}

// countryName is the English short name of code, from the gazetteer's
// mentions of it.
func (c *context) countryName(code string) string {
	if c.e.g != nil {
		if n := c.e.g.CountryName(code); n != "" {
			return n
		}
	}
	for i := range c.mentions {
		if c.mentions[i].Country == code && c.mentions[i].Kind == "country" {
			return c.mentions[i].Name
		}
	}
	return code
}
