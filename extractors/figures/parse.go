package figures

import (
	"github.com/newsworker/newsworker/extractors"
	"strings"
)

// Figure kinds.
const (
	kindCount uint8 = iota
	kindMoney
	kindPercent
	kindQuantity
)

var kindNames = [...]string{"count", "money", "percent", "quantity"}

// Arabic letters used when stripping proclitics (folded forms).
const (
	arWaw = "و"
	arFa  = "ف"
	arBa  = "ب"
	arLam = "ل"
	arKaf = "ك"
	arAl  = "ال"
	arLl  = "لل"
	arAlf = "ا"
)

// maxComponents bounds a number written in several words.
const maxComponents = 24

// mention is one figure found in the text, before it becomes a Figure.
type mention struct {
	s, e     int // token range of the span
	ns, ne   int // token range of the number itself
	value    float64
	maxValue float64
	hasMax   bool
	kind     uint8
	unit     string
	noun     string // unit from the counted noun alone (for duplicates)
	what     string
	cur      string // ISO code or family before resolution
	fam      string // family of the currency word (dinar), when one was written
	approx   bool
	scale    float64
	words    bool
	sent     int32
	conf     float64
}

// parser holds the state of one Extract call.
type parser struct {
	doc   *extractors.Document
	text  string
	f     string
	toks  []token
	lang  int // 0 ar, 1 en, 2 fr, -1 unknown
	lx    *lexicon
	taken []extractors.Span
	ms    []mention
	ctx   map[string]int

	letterScale bool   // "m", "k" after digits mean million, thousand
	lastFamily  string // family of the last currency word read
	seats       int8   // 0 not looked, 1 the text speaks of seats or results, -1 not
}

// word is a looked-up word token.
type word struct {
	e    *entry
	conj bool  // Arabic و/ف before it
	art  bool  // Arabic article before it
	alef bool  // accusative alef after it
	prep bool  // Arabic preposition before it
	lead uint8 // proclitic letters a span leaves out
}

func (p *parser) fold(k int) string {
	t := &p.toks[k]
	return p.f[t.fs:t.fe]
}

func (p *parser) raw(k int) string {
	t := &p.toks[k]
	return p.text[t.s:t.e]
}

func (p *parser) isWord(k int) bool {
	return k >= 0 && k < len(p.toks) && p.toks[k].kind == tkWord
}

func (p *parser) isPunct(k int, rs ...rune) bool {
	if k < 0 || k >= len(p.toks) || p.toks[k].kind != tkPunct {
		return false
	}
	for _, r := range rs {
		if p.toks[k].r == r {
			return true
		}
	}
	return false
}

// glued reports whether token k follows token k-1 with no space.
func (p *parser) glued(k int) bool {
	return k > 0 && k < len(p.toks) && p.toks[k].gap == gapNone
}

// near reports whether token k follows token k-1 on the same line.
func (p *parser) near(k int) bool {
	return k > 0 && k < len(p.toks) && p.toks[k].gap != gapLine
}

// maps returns the word maps to search for token k, most likely first.
func (p *parser) maps(k int) []map[string]*entry {
	if p.toks[k].arabic {
		return p.lx.words[0:1]
	}
	if p.lang == 2 {
		return p.lx.latin[1]
	}
	return p.lx.latin[0]
}

// get looks w up in the maps of token k. In the other Latin language
// only words that are not small number words count: "milliards" in a text
// tagged English is still a scale, but "two" in a French text ("One two
// three") is not a number.
func (p *parser) get(k int, w string) *entry {
	for i, m := range p.maps(k) {
		if e := m[w]; e != nil && (i == 0 || p.lang < 1 || e.cls == clsNone || e.cls == clsScale) {
			return e
		}
	}
	return nil
}

// look finds word token k in the lexicon. Arabic words are also found
// with a conjunction (و، ف), a preposition (ب، ل، ك), the article or the
// accusative alef attached.
func (p *parser) look(k int) word {
	if !p.isWord(k) {
		return word{}
	}
	w := p.fold(k)
	if p.toks[k].arabic {
		if !p.lx.mayBeArabic(w) {
			return word{}
		}
		if v, ok := p.lx.arabic[w]; ok {
			return word{e: v.e, conj: v.conj, art: v.art, alef: v.alef, prep: v.prep, lead: v.lead}
		}
		return word{}
	}
	if e := p.get(k, w); e != nil {
		return word{e: e}
	}
	return word{}
}

// phraseAt matches a phrase of the lexicon that starts at token k and
// satisfies ok; it returns the token after it.
func (p *parser) phraseAt(k int, ok func(*entry) bool) (int, *entry) {
	if !p.isWord(k) {
		return k, nil
	}
	w := p.fold(k)
	for _, m := range p.phraseMaps(k) {
		for _, ph := range m[w] {
			if !ok(ph.e) || k+len(ph.words) > len(p.toks) {
				continue
			}
			match := true
			for j := 1; j < len(ph.words); j++ {
				if !p.isWord(k+j) || !p.near(k+j) || p.fold(k+j) != ph.words[j] {
					match = false
					break
				}
			}
			if match {
				return k + len(ph.words), ph.e
			}
		}
	}
	if lw := p.look(k); lw.e != nil && ok(lw.e) {
		return k + 1, lw.e
	}
	return k, nil
}

// phraseBefore matches a phrase that ends at token k-1; it returns its
// first token.
func (p *parser) phraseBefore(k int, ok func(*entry) bool) (int, *entry) {
	for n := 3; n >= 1; n-- {
		s := k - n
		if s < 0 {
			continue
		}
		if end, e := p.phraseAt(s, ok); e != nil && end == k {
			return s, e
		}
	}
	return k, nil
}

func (p *parser) phraseMaps(k int) []map[string][]phrase {
	if p.toks[k].arabic {
		return p.lx.phrases[0:1]
	}
	if p.lang == 2 {
		return p.lx.latinPhrase[1]
	}
	return p.lx.latinPhrase[0]
}

// --- digits

// group is one run of digits in a number and the separator before it.
type group struct {
	k   int
	sep rune
}

func (p *parser) digits(k int) string { return p.fold(k) }

func isNumSep(r rune) bool {
	switch r {
	case ',', '.', '٬', '٫', '،', '\'':
		return true
	}
	return false
}

// number is a number written in digits, possibly with separators.
type number struct {
	value  float64
	end    int
	hasSep bool // decimal or thousands separator
	isInt  bool
	ndig   int // digits of the first group
	ok     bool
	bad    bool // separators that make no number (2.23.512, 1.2.3)
}

// assemble reads the number written in digits that starts at token k.
func (p *parser) assemble(k int) number {
	var gs [16]group
	n := 0
	gs[n] = group{k: k}
	n++
	j := k
	total := len(p.digits(k))
	for n < len(gs) {
		a, b := j+1, j+2
		if b < len(p.toks) && p.toks[a].kind == tkPunct && isNumSep(p.toks[a].r) && p.toks[a].gap == gapNone && p.toks[b].kind == tkDigits {
			if p.toks[b].gap == gapNone {
				gs[n] = group{k: b, sep: p.toks[a].r}
				n, j = n+1, b
				total += len(p.digits(b))
				continue
			}
			// "$ 112, 30 million": a comma, one space, two digits, a scale.
			if (p.toks[a].r == ',' || p.toks[a].r == '،') && p.toks[b].gap == gapSpace && len(p.digits(b)) <= 2 && n == 1 && p.scaleAt(b+1) {
				gs[n] = group{k: b, sep: '٫'}
				n, j = n+1, b
				total += len(p.digits(b))
				continue
			}
			break
		}
		if a < len(p.toks) && p.toks[a].kind == tkDigits && p.toks[a].gap == gapSpace && len(p.digits(a)) == 3 && len(p.digits(gs[0].k)) <= 3 && allSpace(gs[1:n]) {
			if p.text[p.toks[a].s-1] != '\n' {
				gs[n] = group{k: a, sep: ' '}
				n, j = n+1, a
				total += len(p.digits(a))
				continue
			}
		}
		break
	}
	if total > maxDigits {
		return number{end: j + 1}
	}
	// The agency style "5ر1 مليار" is 1.5 billion: the fraction comes
	// first, ر is the decimal mark.
	if n == 1 && p.isWord(k+1) && p.glued(k+1) && p.fold(k+1) == "ر" && k+2 < len(p.toks) && p.toks[k+2].kind == tkDigits && p.glued(k+2) && len(p.digits(k+2)) <= 3 {
		frac, whole := p.digits(k), p.digits(k+2)
		v := float64(atoi(whole))
		f := 1.0
		for _, c := range frac {
			f /= 10
			v += float64(c-'0') * f
		}
		return number{value: v, end: k + 3, hasSep: true, isInt: false, ndig: len(whole), ok: true}
	}
	// Which separator is the decimal mark?
	dec := -1 // index in gs of the group after the decimal mark
	last := gs[n-1].sep
	count := 0
	for i := 1; i < n; i++ {
		if gs[i].sep == last {
			count++
		}
	}
	mixed := false
	for i := 1; i < n; i++ {
		if gs[i].sep != last && gs[i].sep != ' ' {
			mixed = true
		}
	}
	switch {
	case n == 1:
	case last == '٫':
		dec = n - 1
	case last == '٬' && n == 2 && len(p.digits(gs[1].k)) < 3:
		dec = 1 // "٣٥٬٥ مليون": the thousands mark used as a decimal one
	case last == '٬' || last == ' ' || last == '\'':
	case mixed:
		if count == 1 {
			dec = n - 1
		}
	case count >= 2:
		// 1,250,000,000 or 3.102.417: thousands.
	case last == '،':
		dec = n - 1
	default:
		g := p.digits(gs[n-1].k)
		first := p.digits(gs[0].k)
		if len(g) != 3 || first == "0" || len(first) > 3 || p.scaleAt(gs[n-1].k+1) {
			dec = n - 1
		}
	}
	// Thousands groups must have three digits; otherwise keep only the
	// first group.
	for i := 1; i < n; i++ {
		if i == dec {
			continue
		}
		if len(p.digits(gs[i].k)) != 3 || (i == 1 && len(p.digits(gs[0].k)) > 3 && gs[i].sep != ' ') {
			return number{end: gs[n-1].k + 1, bad: true}
		}
	}
	var v float64
	for i := 0; i < n; i++ {
		if i == dec {
			break
		}
		for _, c := range p.digits(gs[i].k) {
			v = v*10 + float64(c-'0')
		}
	}
	isInt := true
	if dec >= 0 {
		f := 1.0
		for _, c := range p.digits(gs[dec].k) {
			f /= 10
			v += float64(c-'0') * f
			if c != '0' {
				isInt = false
			}
		}
	}
	return number{value: v, end: gs[n-1].k + 1, hasSep: n > 1, isInt: isInt, ndig: len(p.digits(gs[0].k)), ok: true}
}

func allSpace(gs []group) bool {
	for _, g := range gs {
		if g.sep != ' ' {
			return false
		}
	}
	return true
}

// scaleAt reports whether token k is a scale word (million, مليار).
func (p *parser) scaleAt(k int) bool {
	if !p.near(k) {
		return false
	}
	w := p.look(k)
	return w.e != nil && (w.e.cls == clsScale || w.e.curMul > 0)
}

// --- number sequences (digits and words)

// comp is one component of a number: digits or one number word.
type comp struct {
	val    float64
	cls    uint8 // clsNone for digits
	flags  uint8
	conj   bool
	art    bool
	alef   bool
	end    int
	digits bool
	num    number
}

func (p *parser) comp(k int) (comp, bool) {
	if k >= len(p.toks) {
		return comp{}, false
	}
	switch p.toks[k].kind {
	case tkDigits:
		if len(p.digits(k)) > maxDigits {
			return comp{}, false
		}
		nb := p.assemble(k)
		if !nb.ok {
			return comp{}, false
		}
		return comp{val: nb.value, end: nb.end, digits: true, num: nb}, true
	case tkWord:
		w := p.look(k)
		if w.e == nil || w.e.cls == clsNone {
			if p.glued(k) && p.toks[k-1].kind == tkDigits && (p.letterScale || p.nounAfter(k+1)) {
				switch p.fold(k) {
				case "m", "mn", "mln":
					return comp{val: 1e6, cls: clsScale, end: k + 1}, true
				case "k":
					return comp{val: 1e3, cls: clsScale, end: k + 1}, true
				case "b", "bln":
					return comp{val: 1e9, cls: clsScale, end: k + 1}, true
				}
			}
			// French "mn" is minutes, unless a currency follows: "30 mn de dollars".
			if p.fold(k) == "mn" && k > 0 && p.toks[k-1].kind == tkDigits && p.near(k) {
				if cur, _, _ := p.currencyAfter(k + 1); cur != "" {
					return comp{val: 1e6, cls: clsScale, end: k + 1}, true
				}
			}
			return comp{}, false
		}
		if w.e.code && w.e.cur != "" && p.raw(k) == strings.ToUpper(p.raw(k)) {
			return comp{}, false // MD: million dinars, not Md (milliard)
		}
		return comp{val: w.e.num, cls: w.e.cls, flags: w.e.flags, conj: w.conj, art: w.art, alef: w.alef, end: k + 1}, true
	}
	return comp{}, false
}

// seq is a whole number read from one or more components.
type seq struct {
	value   float64
	end     int
	scale   float64
	comps   int
	words   bool // has number words
	weak    bool // a lone weak word (one, un, واحد)
	art     bool // the first word carried the Arabic article
	article bool // starts with a/an
	approx  bool // has an approximate word (une quinzaine)
	first   comp
	ok      bool
}

// sequence reads a number that starts at token k: digits or words, joined
// with scales and conjunctions ("4 ملايين و 250 ألفا و 120",
// "ألف وثلاثمائة واثني عشر مليارا", "twenty-one", "quatre-vingt-dix").
func (p *parser) sequence(k int) seq {
	c, ok := p.comp(k)
	if !ok {
		return seq{}
	}
	sq := seq{first: c, art: c.art, words: !c.digits, comps: 1, end: c.end}
	var total, cur, largest, lastScale float64
	last := c.cls
	switch {
	case c.digits:
		cur = c.val
	case c.cls == clsScale:
		switch {
		case c.flags&flPlural != 0:
			return seq{}
		case c.flags&flDual != 0, c.alef && p.nounAfter(c.end):
			total = 2 * c.val // مليونا دولار: two million
		case c.flags&flBare != 0:
			total = c.val
		default:
			return seq{}
		}
		largest, lastScale = c.val, c.val
	case c.cls == clsHundred:
		if c.flags&flBare == 0 {
			return seq{} // "a few hundred": hundred needs a number or "a"
		}
		cur = 100
	case c.cls == clsHalf:
		// نصف مليون: half of a scale; نصف alone is a fraction.
		n, ok := p.comp(c.end)
		if !ok || n.cls != clsScale || n.flags&(flPlural|flDual) != 0 || !p.near(c.end) {
			return seq{}
		}
		return seq{value: n.val / 2, end: n.end, scale: n.val, comps: 2, words: true, first: c, ok: true}
	case c.cls == clsTenMark:
		if c.flags&flCompound != 0 {
			return seq{}
		}
		cur = c.val
	default:
		cur = c.val
	}
	if c.flags&flArticle != 0 {
		sq.article = true
	}
	at := c.end
	for sq.comps < maxComponents && at < len(p.toks) {
		kk := at
		conj, hyph := false, false
		if p.isWord(kk) && p.near(kk) {
			switch p.fold(kk) {
			case "و", "and", "et":
				conj = true
				kk++
			}
		} else if p.isPunct(kk, '-') && p.glued(kk) && p.glued(kk+1) {
			hyph = true
			kk++
		}
		if !p.near(kk) {
			break
		}
		n, ok := p.comp(kk)
		if !ok {
			break
		}
		// Latin number words written apart without a hyphen.
		spaced := !conj && !hyph && !n.digits && p.toks[kk].gap == gapSpace
		conj = conj || n.conj
		arabic := p.toks[kk].arabic
		okJoin := false
		switch {
		case n.digits:
			if c.digits && !conj && !sq.words {
				break // two numbers in a row: "2 000" was taken by assemble
			}
			if conj && last == clsScale && cur == 0 && n.val < lastScale && n.val == float64(int64(n.val)) &&
				(lastScale == 1e3 || p.scaleBelow(n.end, lastScale)) {
				cur, okJoin = n.val, true
			}
		case n.cls == clsScale:
			if n.flags&flDual != 0 && cur > 0 {
				break
			}
			if cur > 0 && (largest == 0 || n.val > largest) {
				total = (total + cur) * n.val
				largest, lastScale, cur, okJoin = n.val, n.val, 0, true
			} else if cur > 0 && n.val < lastScale {
				total += cur * n.val
				lastScale, cur, okJoin = n.val, 0, true
			} else if cur == 0 && last == clsScale && n.val > largest && !conj {
				total *= n.val
				largest, lastScale, okJoin = n.val, n.val, true
			}
		case sq.article:
			// "a" is only a number before a scale or hundred.
			if n.cls == clsHundred {
				cur, okJoin = 100, true
			}
		case n.cls == clsHundred:
			if cur >= 1 && cur <= 9 && last == clsUnit {
				cur, okJoin = cur*100, true
			} else if cur == 0 && last == clsScale {
				cur, okJoin = 100, true
			}
		case n.cls == clsHundreds:
			if cur == 0 && last == clsScale {
				cur, okJoin = n.val, true
			}
		case n.cls == clsUnit:
			// A weak unit word other than one (neuf: also "new") is a
			// number inside a compound: "mille neuf cent", "dix neuf".
			weakIn := n.flags&flWeak != 0 && n.val > 1 && n.flags&(flCompound|flArticle) == 0 && last != clsNone && !arabic
			if n.flags&(flWeak|flCompound|flArticle) != 0 && !(arabic && n.flags&flCompound != 0) && !(last == clsTen && n.val == 1) && !weakIn {
				break
			}
			switch {
			case cur == 0 && last == clsScale && (conj || !arabic):
				cur, okJoin = n.val, true
			case (last == clsHundred || last == clsHundreds) && mod(cur, 100) == 0 && (conj || !arabic):
				cur, okJoin = cur+n.val, true
			case last == clsTen && !arabic && (hyph || conj || spaced) && mod(cur, 10) == 0:
				// twenty-seven, twenty seven, trente cinq
				cur, okJoin = cur+n.val, true
			case last == clsTeen && !arabic && (hyph || spaced) && mod(mod(cur, 100), 20) == 10 && n.val >= 7:
				// dix-neuf, dix neuf, soixante dix sept
				cur, okJoin = cur+n.val, true
			}
		case n.cls == clsTeen:
			switch {
			case cur == 0 && last == clsScale:
				cur, okJoin = n.val, true
			case (last == clsHundred || last == clsHundreds) && mod(cur, 100) == 0:
				cur, okJoin = cur+n.val, true
			case last == clsTen && (hyph || conj || spaced && !arabic) && (mod(cur, 100) == 60 || mod(cur, 100) == 80):
				cur, okJoin = cur+n.val, true
			}
		case n.cls == clsTen:
			switch {
			case cur == 0 && last == clsScale && (conj || !arabic):
				cur, okJoin = n.val, true
			case (last == clsHundred || last == clsHundreds) && mod(cur, 100) == 0 && (conj || !arabic):
				cur, okJoin = cur+n.val, true
			case last == clsUnit && arabic && conj && mod(cur, 100) < 10 && mod(cur, 10) != 0:
				cur, okJoin = cur+n.val, true
			case last == clsUnit && (hyph || spaced && !arabic) && mod(cur, 100) == 4 && n.val == 20:
				cur, okJoin = cur+76, true
			}
		case n.cls == clsHalf:
			if conj && last == clsScale && cur == 0 {
				total += lastScale / 2
				okJoin = true
			}
		case n.cls == clsTenMark:
			switch {
			case last == clsUnit && !conj && mod(cur, 100) < 10 && mod(cur, 10) != 0:
				cur, okJoin = cur+10, true
			case cur == 0 && last == clsScale && conj:
				cur, okJoin = 10, true
			case (last == clsHundred || last == clsHundreds) && conj && mod(cur, 100) == 0:
				cur, okJoin = cur+10, true
			}
		}
		if !okJoin {
			break
		}
		if n.cls == clsHalf {
			sq.comps++
			at, sq.end = n.end, n.end
			// "مليار ونصف المليار": the scale may be said again.
			if w := p.look(at); w.e != nil && w.e.cls == clsScale && w.e.num == lastScale && p.near(at) {
				sq.end++
			}
			break // nothing follows a half
		}
		last = n.cls
		if n.digits {
			last = clsNone
		}
		if n.cls == clsScale {
			last = clsScale
		}
		if !n.digits {
			sq.words = true
		}
		if n.flags&flApprox != 0 {
			sq.approx = true
		}
		sq.comps++
		at = n.end
		sq.end = n.end
	}
	sq.value = total + cur
	sq.scale = largest
	if sq.comps == 1 && !c.digits {
		if c.flags&flArticle != 0 || c.flags&flCompound != 0 {
			return seq{}
		}
		if c.flags&flWeak != 0 {
			sq.weak = true
		}
	}
	if sq.article && sq.comps == 1 {
		return seq{}
	}
	if sq.comps == 1 && c.cls == clsScale && c.val == 1e3 && c.flags&flBare != 0 && p.toks[k].arabic && !p.nounAfter(c.end) {
		// ألف alone before no noun is too often a name or a letter.
		return seq{}
	}
	if sq.value <= 0 {
		return seq{}
	}
	sq.ok = true
	return sq
}

func mod(v, m float64) float64 {
	return float64(int64(v) % int64(m))
}

// scaleBelow reports whether token k is a scale word smaller than s.
func (p *parser) scaleBelow(k int, s float64) bool {
	if !p.near(k) {
		return false
	}
	w := p.look(k)
	return w.e != nil && w.e.cls == clsScale && w.e.num < s
}

// nounAfter reports whether a counted noun or a currency follows at k.
func (p *parser) nounAfter(k int) bool {
	if !p.near(k) {
		return false
	}
	w := p.look(k)
	return w.e != nil && (w.e.unit != "" || w.e.cur != "")
}
