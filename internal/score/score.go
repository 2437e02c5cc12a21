// Package score holds the primitives of the dev-set scorer
// (../shared/eval/score.py, described in contract/scoring.md): name
// normalisation and overlap, greedy one-to-one matching, the place, figure
// and organization match scores, and micro precision, recall and F1.
//
// The functions are pure and safe for concurrent use. cmd/newsworker builds
// the whole scorer on them; the extractors' dev-set tests use them to score
// one field the same way.
package score

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

var currencies = map[string]bool{}

func init() {
	for _, c := range strings.Fields("USD EUR GBP MAD SAR AED EGP QAR KWD JOD DZD TND LBP IQD SYP OMR BHD YER LYD SDG MRU " +
		"TRY CNY JPY CHF CAD AUD RUB INR XOF XAF ILS IRR PKR") {
		currencies[c] = true
	}
}

// IsCurrency reports whether code (compared as given, so upper-case it
// first) is one of the scorer's ISO 4217 currency codes, the units a gold
// money figure carries.
func IsCurrency(code string) bool { return currencies[code] }

var arMap = map[rune]rune{'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي', 'ـ': -1}

// IsWordRune reports whether r is kept inside a token: Python's \w on str
// minus '_', that is a letter or a number.
func IsWordRune(r rune) bool {
	return r != '_' && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// Tokens is score.py's norm: the tokens of a name after NFKC, lower case,
// Latin accents and Arabic diacritics removed, Arabic letter variants
// unified, punctuation turned to spaces and an Arabic proclitic before the
// article taken off (والمغرب → المغرب, للأمم → الامم).
func Tokens(s string) []string {
	s = strings.ToLower(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r < 0x600 && unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	s = norm.NFC.String(b.String())
	b.Reset()
	for _, r := range s {
		if (r >= 0x064B && r <= 0x065F) || r == 0x0670 {
			continue
		}
		if m, ok := arMap[r]; ok {
			if m < 0 {
				continue
			}
			r = m
		}
		b.WriteRune(r)
	}
	toks := strings.FieldsFunc(b.String(), func(r rune) bool { return !IsWordRune(r) })
	for i, t := range toks {
		toks[i] = stripProclitic(t)
	}
	return toks
}

// stripProclitic: و/ب/ف/ك + ال → ال; لل → ال.
func stripProclitic(t string) string {
	r := []rune(t)
	if len(r) > 4 && strings.ContainsRune("وبفك", r[0]) && string(r[1:3]) == "ال" {
		return string(r[1:])
	}
	if len(r) > 3 && strings.HasPrefix(t, "لل") {
		return "ال" + string(r[2:])
	}
	return t
}

// SameName reports whether a and b have the same tokens.
func SameName(a, b string) bool { return slices.Equal(Tokens(a), Tokens(b)) }

// NameOverlap is score.py's name_overlap: 1 when the tokens of one name are
// a contiguous run of the other's, else the share of distinct tokens in
// common over the larger token set; 0 when either name has no token.
func NameOverlap(a, b string) float64 {
	ta, tb := Tokens(a), Tokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	for i := 0; i+len(short) <= len(long); i++ {
		if slices.Equal(long[i:i+len(short)], short) {
			return 1
		}
	}
	sa, sb := set(ta), set(tb)
	inter := 0
	for t := range sa {
		if sb[t] {
			inter++
		}
	}
	return float64(inter) / float64(max(len(sa), len(sb)))
}

func set(ts []string) map[string]bool {
	m := make(map[string]bool, len(ts))
	for _, t := range ts {
		m[t] = true
	}
	return m
}

// NamesScore is score.py's names_score: NameOverlap when it is at least
// 0.5, else 0.
func NamesScore(a, b string) float64 {
	if s := NameOverlap(a, b); s >= 0.5 {
		return s
	}
	return 0
}

// Greedy is score.py's greedy: it matches each of nGold gold items to at
// most one of nPred predicted items, best score first, ties by gold then
// predicted index, and returns the (gold, predicted) index pairs. Pairs
// scoring 0 are never matched.
func Greedy(nGold, nPred int, score func(g, p int) float64) [][2]int {
	type cand struct {
		s      float64
		gi, pi int
	}
	var cands []cand
	for gi := range nGold {
		for pi := range nPred {
			if s := score(gi, pi); s > 0 {
				cands = append(cands, cand{s, gi, pi})
			}
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.s != b.s {
			return a.s > b.s
		}
		if a.gi != b.gi {
			return a.gi < b.gi
		}
		return a.pi < b.pi
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var pairs [][2]int
	for _, c := range cands {
		if usedG[c.gi] || usedP[c.pi] {
			continue
		}
		usedG[c.gi], usedP[c.pi] = true, true
		pairs = append(pairs, [2]int{c.gi, c.pi})
	}
	return pairs
}

// Place is a predicted place as the scorer reads it.
type Place struct {
	Kind    string // city, site, region, country
	Name    string // English name
	Country string // ISO 3166-1 alpha-2, any case
}

// PlaceScore is score.py's place_score. A gold place with a city (city not
// "") needs a predicted city, site or region of the same country and the
// same name tokens; a gold place without one needs a predicted country of
// that country. Countries are compared upper-cased. It returns 1 or 0.
func PlaceScore(city, country string, p Place) float64 {
	gc, pc := strings.ToUpper(country), strings.ToUpper(p.Country)
	if city != "" {
		if (p.Kind == "city" || p.Kind == "site" || p.Kind == "region") && pc == gc && SameName(p.Name, city) {
			return 1
		}
		return 0
	}
	if p.Kind == "country" && pc == gc {
		return 1
	}
	return 0
}

// Figure is a figure as the scorer reads it: for gold, Kind is "".
type Figure struct {
	Value float64
	Unit  string // ISO currency, percent or %, or what is counted
	Kind  string // predicted kind: count, money, percent, ...
}

// FigureScore is score.py's figure_score: the values agree within 0.5 %
// (0 only with 0); a percentage on either side needs one on the other; a
// money figure (gold unit a currency, or predicted kind money) needs the
// same unit, case aside. It returns 1 or 0.
func FigureScore(g, p Figure) float64 {
	var ok bool
	if g.Value == 0 {
		ok = p.Value == 0
	} else {
		ok = math.Abs(p.Value-g.Value) <= 0.005*math.Abs(g.Value)
	}
	if !ok {
		return 0
	}
	gu, pu := strings.ToLower(g.Unit), strings.ToLower(p.Unit)
	isPct := func(u string) bool { return u == "percent" || u == "%" }
	if isPct(gu) || isPct(pu) {
		if isPct(gu) && isPct(pu) {
			return 1
		}
		return 0
	}
	if currencies[strings.ToUpper(gu)] || p.Kind == "money" {
		if gu == pu {
			return 1
		}
		return 0
	}
	return 1
}

// OrgScore is score.py's org_score: the best NamesScore of the gold name
// against each non-empty form of a predicted organization (its text, name
// and acronym).
func OrgScore(gold string, forms ...string) float64 {
	best := 0.0
	for _, f := range forms {
		if f != "" {
			best = math.Max(best, NamesScore(gold, f))
		}
	}
	return best
}

// PRF is score.py's micro precision, recall and F1 from the gold,
// predicted and matched counts: precision is 1 when nothing is predicted
// and nothing is gold (0 when gold is missed), recall 1 when there is no
// gold, F1 0 when both are 0.
func PRF(nGold, nPred, matched int) (p, r, f float64) {
	switch {
	case nPred > 0:
		p = float64(matched) / float64(nPred)
	case nGold == 0:
		p = 1
	}
	r = 1
	if nGold > 0 {
		r = float64(matched) / float64(nGold)
	}
	if p+r != 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// Counts accumulates one field's gold, predicted and matched counts over
// articles. The zero value is ready to use; it is not safe for concurrent
// use.
type Counts struct{ Gold, Predicted, Matched int }

// Add adds one article's counts.
func (c *Counts) Add(gold, pred, matched int) {
	c.Gold += gold
	c.Predicted += pred
	c.Matched += matched
}

// PRF is PRF of the accumulated counts.
func (c Counts) PRF() (p, r, f float64) { return PRF(c.Gold, c.Predicted, c.Matched) }
