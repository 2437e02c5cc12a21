package figures

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newsworker/newsworker/extractors"
)

//go:embed data/lexicon.tsv
var lexiconTSV string

// Number-word classes.
const (
	clsNone     uint8 = iota
	clsUnit           // 1-9
	clsTeen           // 10-19 in one word
	clsTen            // 20-90
	clsHundreds       // 200-900 in one word (ثلاثمائة)
	clsHundred        // hundred multiplier (hundred, cent, مائة)
	clsScale          // thousand, million, billion, dozen
	clsTenMark        // Arabic عشر/عشرة after a unit (ثلاثة عشر)
	clsHalf           // Arabic نصف after a scale (مليون ونصف)
)

// Number-word flags.
const (
	flPlural   uint8 = 1 << iota // plural scale: needs a number before it
	flDual                       // dual scale: two of it when alone
	flCompound                   // only inside a compound (إحدى عشرة)
	flWeak                       // one/un: only before a scale or a noun
	flBare                       // scale that may stand alone (ألف, mille)
	flArticle                    // a/an: only before a scale
	flApprox                     // une quinzaine: an approximate number
)

// Language bits.
const (
	langAR uint8 = 1 << iota
	langEN
	langFR
	langAll = langAR | langEN | langFR
)

// entry is everything the lexicon knows about one folded word or phrase.
type entry struct {
	num    float64
	cls    uint8
	flags  uint8
	cur    string  // ISO code or family
	curMul float64 // scale implied by an abbreviation (MDH)
	code   bool    // ISO code or abbreviation: needs a capital letter
	adj    string  // ISO code an adjective settles
	unit   string
	qty    bool // unit is a quantity (km, tons)
	plural bool // plural counted noun
	weakOK bool // a weak number word may count it
	time   bool
	month  bool
	ref    bool
	ord    bool // ordinal head: الدورة 30
	year   bool // year cue: عام 1643, in 1850
	pop    bool // population cue: a bare amount near it is not money
	mag    bool // magnitude cue: "magnitude 6.8", "بقوة 6.8"
	scale  bool // the Richter scale named after a magnitude
	wday   bool // weekday name: a day number may follow it
	ctx    []string
	before string // unit cue before the number
	after  string // unit cue after the number
	pct    bool
	approx bool
}

// lexicon holds one word map per language plus phrases (several words)
// keyed by their first word.
type lexicon struct {
	words   [3]map[string]*entry
	phrases [3]map[string][]phrase
	// arabic maps every Arabic form, also with the proclitics and the
	// accusative alef it may carry (وبالمليون، مليارا), to its entry.
	arabic map[string]variant
	// latin lists the English and French word maps in the order a Latin
	// word is looked up: the document's language first, then the other
	// one, so that a wrong language tag still finds "milliards".
	latin       [2][]map[string]*entry
	latinPhrase [2][]map[string][]phrase
	// arabicBits is a one-hash Bloom filter over the keys of arabic: most
	// words of a text are not in the lexicon and are turned away by it.
	arabicBits []uint64
}

const bloomBits = 1 << 20

// bloomHash mixes a word's length with four of its bytes.
func bloomHash(w string) uint32 {
	n := len(w)
	h := uint32(n) * 0x9E3779B1
	if n >= 4 {
		h ^= uint32(w[1])<<24 ^ uint32(w[3])<<16 ^ uint32(w[n-3])<<8 ^ uint32(w[n-1])
		h *= 0x85EBCA6B
		h ^= h >> 13
	}
	return h & (bloomBits - 1)
}

// mayBeArabic reports whether w may be a key of lx.arabic.
func (lx *lexicon) mayBeArabic(w string) bool {
	h := bloomHash(w)
	return lx.arabicBits[h>>6]&(1<<(h&63)) != 0
}

// variant is an Arabic word form with what was taken off it.
type variant struct {
	e    *entry
	conj bool  // و or ف before it
	art  bool  // the article before it
	alef bool  // the accusative alef after it (مليونا)
	prep bool  // a preposition before it (ب، ل، ك)
	lead uint8 // letters before it that a span leaves out (و، ب، وب)
}

// arabicPrefixes are the proclitics stripped from Arabic words, fewest
// first.
var arabicPrefixes = []struct {
	p         string
	conj, art bool
}{
	{"", false, false},
	{"و", true, false}, {"ف", true, false},
	{"ب", false, false}, {"ل", false, false}, {"ك", false, false},
	{"ال", false, true},
	{"وب", true, false}, {"ول", true, false}, {"وك", true, false}, {"فب", true, false}, {"فل", true, false},
	{"وال", true, true}, {"فال", true, true}, {"بال", false, true}, {"كال", false, true}, {"لل", false, true},
	{"وبال", true, true}, {"وكال", true, true}, {"ولل", true, true}, {"فبال", true, true}, {"فلل", true, true},
}

// buildArabic fills lx.arabic from the Arabic word map.
func (lx *lexicon) buildArabic() {
	lx.arabic = make(map[string]variant, len(lx.words[0])*len(arabicPrefixes)*2)
	for _, pre := range arabicPrefixes {
		for w, e := range lx.words[0] {
			if !isArabicWord(w) {
				continue
			}
			if pre.p != "" && len(w) < 6 {
				continue // a stem of fewer than three letters is not stripped
			}
			lead := uint8(utf8.RuneCountInString(strings.TrimSuffix(pre.p, "ال")))
			if pre.p == "لل" || pre.p == "ولل" || pre.p == "فلل" {
				lead = 0 // للمليون: the article's alef is gone, keep the word whole
			}
			prep := strings.Trim(strings.TrimSuffix(pre.p, "ال"), "وف") != ""
			v := variant{e: e, conj: pre.conj, art: pre.art, prep: prep, lead: lead}
			if _, ok := lx.arabic[pre.p+w]; !ok {
				lx.arabic[pre.p+w] = v
			}
			if len(w) >= 6 {
				if _, ok := lx.arabic[pre.p+w+"ا"]; !ok && lx.words[0][w+"ا"] == nil {
					v.alef = true
					lx.arabic[pre.p+w+"ا"] = v
				}
			}
		}
	}
}

// markArabic sets the Bloom bits of every key of lx.arabic.
func (lx *lexicon) markArabic() {
	lx.arabicBits = make([]uint64, bloomBits/64)
	for w := range lx.arabic {
		h := bloomHash(w)
		lx.arabicBits[h>>6] |= 1 << (h & 63)
	}
}

func isArabicWord(w string) bool {
	for _, r := range w {
		if r < 0x0600 || r > 0x06FF {
			return false
		}
	}
	return w != ""
}

type phrase struct {
	words []string
	e     *entry
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon parses the embedded lexicon once.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = parseLexicon(lexiconTSV) })
	return lex, lexErr
}

func langBits(s string) (uint8, error) {
	switch s {
	case "ar":
		return langAR, nil
	case "en":
		return langEN, nil
	case "fr":
		return langFR, nil
	case "*":
		return langAll, nil
	}
	return 0, fmt.Errorf("unknown language %q", s)
}

// parseLexicon reads the tab-separated lexicon; see data/lexicon.tsv.
func parseLexicon(src string) (*lexicon, error) {
	lx := &lexicon{}
	for i := range lx.words {
		lx.words[i] = make(map[string]*entry, 512)
		lx.phrases[i] = make(map[string][]phrase, 32)
	}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("figures: lexicon line %d: want at least 3 fields, got %d", n+1, len(f))
		}
		bits, err := langBits(f[1])
		if err != nil {
			return nil, fmt.Errorf("figures: lexicon line %d: %w", n+1, err)
		}
		words := strings.Fields(extractors.Fold(f[2]))
		if len(words) == 0 {
			return nil, fmt.Errorf("figures: lexicon line %d: empty form", n+1)
		}
		arg := func(k int) string {
			if len(f) > k {
				return f[k]
			}
			return ""
		}
		for li := 0; li < 3; li++ {
			if bits&(1<<li) == 0 {
				continue
			}
			e := lx.entryFor(li, words)
			if err := fill(e, f[0], arg(3), arg(4)); err != nil {
				return nil, fmt.Errorf("figures: lexicon line %d: %w", n+1, err)
			}
		}
	}
	lx.buildArabic()
	lx.markArabic()
	lx.latin = [2][]map[string]*entry{{lx.words[1], lx.words[2]}, {lx.words[2], lx.words[1]}}
	lx.latinPhrase = [2][]map[string][]phrase{{lx.phrases[1], lx.phrases[2]}, {lx.phrases[2], lx.phrases[1]}}
	return lx, nil
}

// entryFor returns the entry of a word or phrase in language li, creating it.
func (lx *lexicon) entryFor(li int, words []string) *entry {
	if len(words) == 1 {
		e := lx.words[li][words[0]]
		if e == nil {
			e = &entry{}
			lx.words[li][words[0]] = e
		}
		return e
	}
	for _, p := range lx.phrases[li][words[0]] {
		if strings.Join(p.words, " ") == strings.Join(words, " ") {
			return p.e
		}
	}
	e := &entry{}
	lx.phrases[li][words[0]] = append(lx.phrases[li][words[0]], phrase{words: words, e: e})
	return e
}

func fill(e *entry, kind, a1, a2 string) error {
	switch kind {
	case "num":
		v, err := strconv.ParseFloat(a1, 64)
		if err != nil {
			return fmt.Errorf("number value %q: %w", a1, err)
		}
		e.num = v
		for _, fl := range strings.Split(a2, ",") {
			switch fl {
			case "u":
				e.cls = clsUnit
			case "t":
				e.cls = clsTeen
			case "d":
				e.cls = clsTen
			case "h":
				e.cls = clsHundreds
			case "hm":
				e.cls = clsHundred
			case "s":
				e.cls = clsScale
			case "ts":
				e.cls = clsTenMark
			case "hf":
				e.cls = clsHalf
			case "pl":
				e.flags |= flPlural
			case "du":
				e.flags |= flDual
			case "cmp":
				e.flags |= flCompound
			case "wk":
				e.flags |= flWeak
			case "bare":
				e.flags |= flBare
			case "a":
				e.flags |= flArticle
			case "apx":
				e.flags |= flApprox
			default:
				return fmt.Errorf("unknown number flag %q", fl)
			}
		}
		if e.cls == clsNone {
			return fmt.Errorf("number word without class")
		}
	case "pct":
		e.pct = true
	case "cur", "code":
		e.cur = a1
		e.code = kind == "code"
		if a2 != "" {
			v, err := strconv.ParseFloat(a2, 64)
			if err != nil {
				return fmt.Errorf("currency scale %q: %w", a2, err)
			}
			e.curMul = v
		}
	case "adj":
		e.adj = a1
	case "ctx":
		e.ctx = strings.Split(a1, ",")
	case "unit":
		e.unit = a1
		for _, fl := range strings.Split(a2, ",") {
			switch fl {
			case "q":
				e.qty = true
			case "pl":
				e.plural = true
			case "wk":
				e.weakOK = true
			case "":
			default:
				return fmt.Errorf("unknown unit flag %q", fl)
			}
		}
	case "time":
		e.time = true
	case "month":
		e.month = true
	case "ref":
		e.ref = true
	case "ord":
		e.ord = true
	case "year":
		e.year = true
	case "pop":
		e.pop = true
	case "mag":
		e.mag = true
	case "richter":
		e.scale = true
	case "wday":
		e.wday = true
	case "approx":
		e.approx = true
	case "before":
		e.before = a1
	case "after":
		e.after = a1
	default:
		return fmt.Errorf("unknown kind %q", kind)
	}
	return nil
}
