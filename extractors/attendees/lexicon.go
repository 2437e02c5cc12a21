package attendees

import (
	"bufio"
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// Title kinds (data/titles.tsv).
const (
	kindOffice = iota + 1 // heads a role phrase: وزير، Minister, ministre
	kindWeak              // a rank that is a role only without an office: الأمير، Sheikh
	kindHonor             // an honorific, never a role: السيد، Dr., Sa Majesté
	kindMod               // a modifier inside a role phrase: الأسبق، former, sortant
)

// Case rules a phrase puts on the text it matches.
const (
	caseAny   = iota
	caseUpper // every letter upper case: an acronym ("UN", "AU")
	caseCap   // starts with a capital ("Onu", "Banque mondiale")
)

// pword is one token of a lexicon phrase.
type pword struct {
	key  string
	id   int32 // vocabulary id of key; 0 for punctuation
	p    rune
	mode uint8
}

// phrase is one spelling of a title or an organization.
type phrase struct {
	words   []pword
	lang    string // "ar", "en", "fr" for titles; "" for organizations
	kind    int    // title kind
	org     *OrgEntry
	short   bool   // an organization's acronym or short name
	country string // the country a protocol title belongs to ("خادم الحرمين الشريفين" → SA)
}

// OrgEntry is one organization of the embedded lexicon.
type OrgEntry struct {
	// Name is the canonical English name.
	Name string
	// Acronym is the usual acronym, "" when none.
	Acronym string
	// Kind is un, intl, regional, bank, gov, parliament, election, agency,
	// party, company, ngo, outlet or armed.
	Kind string
	// Country is the ISO alpha-2 code of a national body, "" otherwise.
	Country string
	// Aliases are the spellings in Arabic, English and French.
	Aliases []string
}

// index finds phrases by their first word.
type index struct {
	m    map[string][]*phrase // by key, while the lexicon loads
	byID [][]cand             // by vocabulary id, once it is frozen
}

// cand is a phrase under its first word, with the code of its second word
// (see code) beside it: most candidates fail there, and are turned away
// without reading the phrase.
type cand struct {
	next int32 // code of the second word; 0 for a phrase of one word
	p    *phrase
}

// code is a word's vocabulary id, or a punctuation mark's rune negated.
func code(p rune, id int32) int32 {
	if p != 0 {
		return -p
	}
	return id
}

func newIndex() index { return index{m: map[string][]*phrase{}} }

func (ix index) add(p *phrase, bit uint64) {
	k := p.words[0].key
	ix.m[k] = append(ix.m[k], p)
	classes[k] |= bit
	for _, v := range lamVariants(k) {
		ix.m[v] = append(ix.m[v], p)
		classes[v] |= bit
	}
}

func (ix index) sortLongestFirst() {
	for _, ps := range ix.m {
		sort.SliceStable(ps, func(a, b int) bool { return len(ps[a].words) > len(ps[b].words) })
	}
}

// number files the phrases by the id of their first word; the vocabulary
// must be frozen.
func (ix *index) number() {
	ix.byID = make([][]cand, len(classByID))
	for k, ps := range ix.m {
		cs := make([]cand, len(ps))
		for i, p := range ps {
			cs[i].p = p
			if len(p.words) > 1 {
				cs[i].next = code(p.words[1].p, p.words[1].id)
			}
		}
		ix.byID[lookupWord(k)] = cs
	}
}

// lexicon is the parsed embedded data. It is read-only once built.
type lexicon struct {
	orgs    index
	titles  index
	entries []*OrgEntry
	givenAr wordSet // plain sets of common given names
	givenLa wordSet
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon parses the embedded data once.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() {
		lex, lexErr = parseLexicon()
		if lexErr == nil {
			freezeVocab()
			lex.orgs.number()
			lex.titles.number()
		}
	})
	return lex, lexErr
}

func parseLexicon() (*lexicon, error) {
	l := &lexicon{
		orgs:    newIndex(),
		titles:  newIndex(),
		givenAr: wordSet{m: map[string]bool{}},
		givenLa: wordSet{m: map[string]bool{}},
	}
	if err := eachLine("data/organizations.tsv", func(f []string) error {
		if len(f) != 5 {
			return fmt.Errorf("want 5 fields, got %d", len(f))
		}
		e := &OrgEntry{Name: f[0], Acronym: f[1], Kind: f[2], Country: f[3]}
		for _, a := range strings.Split(f[4], "|") {
			if a = strings.TrimSpace(a); a == "" {
				continue
			}
			e.Aliases = append(e.Aliases, a)
			p := newPhrase(a, true)
			if p == nil {
				continue
			}
			p.org = e
			p.short = len(p.words) == 1 && (p.words[0].mode == caseUpper || isShortArabic(a))
			l.orgs.add(p, bitOrg)
			if d := dotted(a); d != "" && !strings.Contains(f[4], d) {
				dp := newPhrase(d, true) // "E.U." for "EU"
				dp.org, dp.short = e, true
				l.orgs.add(dp, bitOrg)
			}
		}
		l.entries = append(l.entries, e)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("data/titles.tsv", func(f []string) error {
		if len(f) != 3 && len(f) != 4 {
			return fmt.Errorf("want 3 or 4 fields, got %d", len(f))
		}
		p := newPhrase(f[2], false)
		if p == nil {
			return fmt.Errorf("empty title")
		}
		p.lang = f[0]
		if len(f) == 4 {
			p.country = f[3]
		}
		switch f[1] {
		case "office":
			p.kind = kindOffice
		case "weak":
			p.kind = kindWeak
		case "honor":
			p.kind = kindHonor
		case "mod":
			p.kind = kindMod
		default:
			return fmt.Errorf("unknown title kind %q", f[1])
		}
		l.titles.add(p, bitTitle)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("data/stopwords.tsv", func(f []string) error {
		if len(f) != 2 {
			return fmt.Errorf("want 2 fields, got %d", len(f))
		}
		bit, ok := bitStop[f[0]]
		if !ok {
			return fmt.Errorf("unknown language %q", f[0])
		}
		for _, t := range tokenize(f[1], nil) {
			if t.word() {
				classes[t.key] |= bit
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for file, set := range map[string]*wordSet{"data/given_ar.txt": &l.givenAr, "data/given_latin.txt": &l.givenLa} {
		if err := eachLine(file, func(f []string) error {
			for _, field := range f {
				for _, w := range strings.Fields(field) {
					// a compound ("صلاح_الدين") adds its joined form and its
					// first part, never the second ("الدين", "الملك")
					parts := strings.Split(w, "_")
					if k := keyOf(parts[0]); k != "" && (len(parts) == 1 || !arParticles.hasKey(k)) {
						set.addPlain(k)
					}
					if len(parts) > 1 {
						set.addPlain(keyOf(strings.Join(parts, "")))
					}
				}
			}
			return nil
		}); err != nil {
			return nil, err
		}
	}
	l.orgs.sortLongestFirst()
	l.titles.sortLongestFirst()
	return l, nil
}

// isShortArabic reports a one-word Arabic alias such as "الناتو".
func isShortArabic(a string) bool {
	return !strings.ContainsRune(a, ' ') && a != "" && isArabic([]rune(a)[0])
}

// keyOf folds a single word.
func keyOf(w string) string {
	ts := tokenize(w, nil)
	if len(ts) == 0 {
		return ""
	}
	return ts[0].key
}

// newPhrase tokenizes a lexicon spelling. Organization spellings keep the
// case of their Latin words as a requirement on the text.
func newPhrase(s string, keepCase bool) *phrase {
	ts := tokenize(s, nil)
	if len(ts) == 0 {
		return nil
	}
	p := &phrase{}
	for _, t := range ts {
		w := pword{key: t.key, p: t.p}
		if t.word() {
			w.id = intern(t.key)
		}
		switch {
		case t.upper:
			w.mode = caseUpper
		case t.cap && keepCase:
			w.mode = caseCap
		}
		p.words = append(p.words, w)
	}
	return p
}

func eachLine(name string, fn func([]string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("attendees: open %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("attendees: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("attendees: read %s: %w", name, err)
	}
	return nil
}

// wordOK reports whether text token t satisfies lexicon word w.
func wordOK(t *tok, w *pword) bool {
	if w.p != 0 {
		return t.p == w.p
	}
	if t.id != w.id || t.p != 0 {
		return false
	}
	switch w.mode {
	case caseUpper:
		return t.upper || (t.cap && len(w.key) >= 3)
	case caseCap:
		return t.cap || t.upper
	}
	return true
}

// match is a lexicon phrase found in the text.
type match struct {
	ph       *phrase
	i, j     int // tokens [i, j)
	preRunes int // runes of an Arabic proclitic on token i left out of the span
}

// longest returns the longest phrase of ix starting at token i, reading the
// first word with and without its Arabic proclitics. lang filters titles.
func (ix index) longest(toks []tok, i int, lang string, buf []proclitic) (match, bool) {
	var best match
	found := false
	t := &toks[i]
	if !t.word() {
		return best, false
	}
	readings := buf[:0]
	if t.ar {
		readings = stems(t.key, buf)
	} else {
		readings = append(readings, proclitic{stem: t.key})
	}
	next := int32(0)
	if i+1 < len(toks) {
		next = code(toks[i+1].p, toks[i+1].id)
	}
	for r, rd := range readings {
		id := t.id
		if r > 0 {
			id = t.sid[r-1]
		}
		if id == 0 {
			continue
		}
		for _, cd := range ix.byID[id] {
			if cd.next != 0 && cd.next != next {
				continue
			}
			p := cd.p
			if p.lang != lang && p.lang != "" && lang != "" && lang != "und" {
				continue
			}
			n := len(p.words)
			if i+n > len(toks) || (found && n <= best.j-best.i) {
				continue
			}
			w0 := &p.words[0]
			if rd.pre == 0 && w0.id == t.id && !wordOK(t, w0) {
				continue
			}
			ok := true
			for k := 1; k < n; k++ {
				if !wordOK(&toks[i+k], &p.words[k]) {
					ok = false
					break
				}
			}
			if ok {
				best = match{ph: p, i: i, j: i + n, preRunes: rd.raw}
				found = true
				break
			}
		}
	}
	return best, found
}

// classOf returns the word classes of key.
func classOf(key string) uint64 { return classByID[lookupWord(key)] }

// dotted returns the dotted spelling of a two- or three-letter acronym in
// capitals ("EU" → "E.U."), or "" for any other spelling.
func dotted(a string) string {
	if len(a) < 2 || len(a) > 3 {
		return ""
	}
	var b strings.Builder
	for i := 0; i < len(a); i++ {
		if a[i] < 'A' || a[i] > 'Z' {
			return ""
		}
		b.WriteByte(a[i])
		b.WriteByte('.')
	}
	return b.String()
}
