package places

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/places/internal/norm"
)

// match is a resolved gazetteer match with what Extract needs beyond the
// exported Mention.
type match struct {
	Mention
	e        int32 // entry
	ti, tj   int   // tokens [ti, tj) of the name
	start    int   // byte offsets of the span in the text
	end      int
	key      string
	refs     []ref
	prep     bool // a locative preposition or proclitic comes right before
	evid     bool // counted in the scanner's evidence
	between  bool // "between" comes right before
	conj     bool // an Arabic و was taken off the name
	inPrep   bool // a preposition of place proper comes right before ("في", "in", "en")
	listed   bool // a town or region named after "province", "city of" or in a list that follows one
	regional bool // named as a region: after "province", "ولاية", or in a list that follows one
	phrase   bool // a capital phrase ("the Saudi capital") rather than a name
	dept     bool // inside the name of an office (see deptName); set by locate
	skip     bool
}

// scanner holds the state of one Scan.
type scanner struct {
	g       *Gazetteer
	doc     *extractors.Document
	text    string
	toks    []norm.Token
	buf     []byte
	fs      string // folded text, in buf
	scratch []byte
	ms      []match
	evid    map[string]int // country → unambiguous mentions
	kept    int            // during resolution: the last kept match, or -1
	first   int            // byte end of the opening sentence plus one; 0 until known
}

// firstEnd returns sentenceEnd(s.text, 0), computed once per document.
func (s *scanner) firstEnd() int {
	if s.first == 0 {
		s.first = sentenceEnd(s.text, 0) + 1
	}
	return s.first - 1
}

// Scan returns every gazetteer match in doc, in text order. Where names
// overlap the longest match wins. Arabic proclitics (و ف ب ل ك and their
// pairs, بال، وال، لل) are recognised: the span starts after a proclitic
// that merely precedes the name ("بالرباط" → "الرباط", "وتونس" → "تونس"),
// and covers the whole word when the proclitic ل has merged with the
// article ("للرياض", "وللجزائر" → "للجزائر"), since the name as written
// is then not a substring of the text. Ambiguous names are resolved from
// their context: a name shared by a country and its capital, a city name
// found in several countries, a name that is also a common word or a
// personal name (see Mention.Kind). Scan is safe for concurrent use.
func (g *Gazetteer) Scan(doc *extractors.Document) []Mention {
	s := g.scan(doc)
	defer s.release()
	return s.mentions()
}

// mentions copies out the kept matches.
func (s *scanner) mentions() []Mention {
	n := 0
	for i := range s.ms {
		if !s.ms[i].skip {
			n++
		}
	}
	out := make([]Mention, 0, n)
	for i := range s.ms {
		if !s.ms[i].skip {
			out = append(out, s.ms[i].Mention)
		}
	}
	return out
}

var scanners = sync.Pool{New: func() any { return new(scanner) }}

// scan runs a pooled scanner over doc; the caller releases it once done
// with its matches.
func (g *Gazetteer) scan(doc *extractors.Document) *scanner {
	s := scanners.Get().(*scanner)
	s.g, s.doc, s.text = g, doc, doc.Text
	s.toks, s.buf = norm.Tokens(doc.Text, s.toks[:0], s.buf[:0])
	// the folded text lives in the pooled buffer, which nothing touches
	// until release; no match outlives the scan with a reference to it
	s.fs = ""
	if len(s.buf) > 0 {
		s.fs = unsafe.String(&s.buf[0], len(s.buf))
	}
	s.ms = s.ms[:0]
	s.first = 0
	s.find()
	s.evidence()
	s.kept = -1
	for i := range s.ms {
		s.resolve(i)
		if !s.ms[i].skip {
			s.kept = i
		}
	}
	s.capitalPhrases()
	s.bareCapitals()
	s.hosts()
	return s
}

// hostVerbs say that their subject hosts the event: "استضافت الرياض",
// "تحتضن الرباط", "شهدت نواكشوط", "Doha hosted", "Dakar accueille".
var hostVerbs = map[string]bool{
	"استضافت": true, "استضاف": true, "تستضيف": true, "يستضيف": true, "احتضنت": true, "احتضن": true,
	"تحتضن": true, "يحتضن": true, "شهدت": true, "تشهد": true,
	"hosted": true, "hosts": true, "host": true, "hosting": true,
	"accueille": true, "accueilli": true, "accueillera": true, "abrite": true, "abritera": true,
}

// auxWords stand between a Latin subject and its host verb: "will host",
// "is hosting", "a accueilli".
var auxWords = map[string]bool{"will": true, "is": true, "has": true, "a": true, "va": true}

// visitVerbs take the visited place as their direct object: "زار
// الرئيس التونسي الجزائر", "visited Algeria", "a visité l'Algérie".
var visitVerbs = map[string]bool{
	"زار": true, "زارت": true, "يزور": true, "تزور": true, "وزار": true, "وزارت": true, "ويزور": true, "وتزور": true,
	"visited": true, "visiting": true, "visits": true, "visit": true, "visite": true, "visitera": true, "visiter": true,
}

// genitiveHeads govern a country named right after them as part of the
// visitor's description: "وزير خارجية قطر", "وفد الكويت", "ملك الأردن".
var genitiveHeads = map[string]bool{
	"وزير": true, "وزيره": true, "وزراء": true, "خارجيه": true, "حكومه": true, "ملك": true, "امير": true,
	"عاهل": true, "سفير": true, "سفيره": true, "وفد": true, "ولي": true, "جيش": true, "بعثه": true,
	"ممثل": true, "مندوب": true, "شعب": true, "برلمان": true,
}

// visited reports a country that is the direct object of a visit verb:
// right after it in English and French (past an article); in Arabic, the
// verb comes first and its subject stands between ("زار الرئيس التونسي
// الجزائر"), so the country is the first name within five words of it,
// not the complement of an office ("زار رئيس وزراء تونس" names the
// visitor).
func (s *scanner) visited(i int) bool {
	m := &s.ms[i]
	first, _ := utf8.DecodeRuneInString(m.Text)
	if !isArabic(first) {
		k := m.ti - 1
		if k > 0 && !s.toks[k+1].Break && articles[s.tok(k)] {
			k--
		}
		return k >= 0 && !s.toks[k+1].Break && visitVerbs[s.tok(k)]
	}
	if m.start != s.toks[m.ti].Start || m.ti == 0 || officeWords[s.tok(m.ti-1)] || genitiveHeads[s.tok(m.ti-1)] || originWords[s.tok(m.ti-1)] {
		return false // "رئيس وزراء تونس", "وفد من قطر": the visitor
	}
	for k := m.ti - 1; k >= 0 && k >= m.ti-5; k-- {
		if s.toks[k+1].Break {
			return false
		}
		if visitVerbs[s.tok(k)] {
			return true
		}
	}
	return false
}

// hosts ties to the event the place that hosts it, an Arabic name right
// after a host verb (which may carry a fused و or ف) or an English or
// French name right before one (past an auxiliary), and a country that is
// the direct object of a visit verb (see visited). A country so named is
// tied as by "في". A sentence about the past, or past the opening sentence
// one about a later event, ties nothing.
func (s *scanner) hosts() {
	for i := range s.ms {
		m := &s.ms[i]
		if m.skip || m.Kind == KindDemonym || m.prep && m.inPrep {
			continue
		}
		host := false
		if first, _ := utf8.DecodeRuneInString(m.Text); isArabic(first) {
			if k := m.ti - 1; k >= 0 && !s.toks[m.ti].Break && m.start == s.toks[m.ti].Start {
				w := s.tok(k)
				host = hostVerbs[w] || len(w) > 4 && (strings.HasPrefix(w, "و") || strings.HasPrefix(w, "ف")) && hostVerbs[w[2:]]
			}
		} else if k := m.tj; k < len(s.toks) && !s.toks[k].Break {
			if auxWords[s.tok(k)] && k+1 < len(s.toks) && !s.toks[k+1].Break {
				k++
			}
			host = hostVerbs[s.tok(k)]
		}
		host = host || m.Kind == KindCountry && s.visited(i)
		// not "Doha hosted similar talks last year", nor, past the opening
		// sentence, "على أن تستضيف الرياض الدورة المقبلة"
		if host && !s.pastSentence(m.ti, m.start) && !(m.start > s.firstEnd() && s.futureSentence(max(m.ti-1, 0), m.start)) {
			m.prep = true
			if m.Kind == KindCountry || m.Kind == KindRegion {
				m.inPrep = true
			}
		}
	}
}

// release returns the scanner to the pool.
func (s *scanner) release() {
	clear(s.evid)
	s.g, s.doc, s.text, s.fs = nil, nil, "", ""
	clear(s.ms) // drop references into texts
	s.ms = s.ms[:0]
	scanners.Put(s)
}

func (s *scanner) tok(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.fs[s.toks[i].FStart:s.toks[i].FEnd]
}

// proclitics are the Arabic prefixes stripped before a name, longest first.
var proclitics = []string{"وب", "ول", "فب", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك"}

// procliticsOf returns the proclitics w starts with, in the order of
// proclitics (longest first): at most a pair (و or ف, then ب ل or ك) and
// the first letter alone. The caller has checked isProclitic on w's first
// letter, so that letter is one of و ف ب ل ك.
func procliticsOf(w string) []string {
	if (w[:2] == "و" || w[:2] == "ف") && len(w) >= 4 && (w[2:4] == "ب" || w[2:4] == "ل" || w[2:4] == "ك") {
		return []string{w[:4], w[:2]}
	}
	return []string{w[:2]}
}

// find collects the longest gazetteer match at each token.
func (s *scanner) find() {
	for i := 0; i < len(s.toks); {
		w := s.tok(i)
		// the furthest token a name starting here may reach, found when
		// a name of several tokens may start here
		lim := -1
		bestL, bestStrip, bestMerged := 0, 0, false
		var bestKey string
		var bestRefs []ref
		try := func(v string, strip int, merged bool) {
			if !s.g.mayStart(v) {
				return
			}
			lens := s.g.first[v] // bit l-1: some key of l tokens starts with v
			if lens == 0 {
				return
			}
			if lim < 0 {
				lim = i + 1
			}
			if lens > 1 && lim == i+1 {
				for lim < len(s.toks) && !s.toks[lim].Break && lim-i < 8 {
					lim++
				}
			}
			for l := min(lim-i, 8); l > bestL; l-- {
				if lens&(1<<(l-1)) == 0 {
					continue
				}
				var key string
				if l == 1 {
					key = v
				} else if strip == 0 && !merged {
					key = s.fs[s.toks[i].FStart:s.toks[i+l-1].FEnd]
				} else {
					s.scratch = append(append(s.scratch[:0], v...), s.fs[s.toks[i].FEnd:s.toks[i+l-1].FEnd]...)
					if refs, ok := s.g.index[string(s.scratch)]; ok {
						bestL, bestStrip, bestMerged, bestRefs = l, strip, merged, refs
						bestKey = string(s.scratch)
						return
					}
					continue
				}
				if refs, ok := s.g.index[key]; ok {
					bestL, bestStrip, bestMerged, bestRefs, bestKey = l, strip, merged, refs, key
					return
				}
			}
		}
		try(w, 0, false)
		if len(w) > 4 && isProclitic(w[0], w[1]) {
			for _, p := range procliticsOf(w) {
				if len(w)-len(p) < 4 {
					continue
				}
				rest := w[len(p):]
				if strings.HasPrefix(rest, "ل") && len(rest) > 4 && !strings.HasPrefix(rest, "ال") && (p == "ل" || p == "ول" || p == "فل") {
					// ل + ال merged into لل: "للرياض" is ل + "الرياض"
					s.scratch = append(append(s.scratch[:0], "ا"...), rest...)
					try(string(s.scratch), len(p)-len("ل"), true)
				}
				try(rest, len(p), false)
			}
		}
		if bestL == 0 {
			i++
			continue
		}
		m := match{ti: i, tj: i + bestL, key: bestKey, refs: bestRefs}
		m.start = s.origAfter(s.toks[i].Start, bestStrip)
		m.end = s.toks[i+bestL-1].End
		m.prep = bestStrip > 0 && !bestMerged && strings.ContainsAny(w[:bestStrip], "بل") || bestMerged || s.prepBefore(i)
		// ب "in" and ل "to, for" ("زيارة لمصر", "دعم لليمن") tie a country to
		// the event, but not ل right after another name, a genitive
		// ("المملكة المتحدة لبريطانيا العظمى")
		afterName := len(s.ms) > 0 && s.ms[len(s.ms)-1].tj == i
		m.inPrep = bestStrip > 0 && strings.Contains(w[:bestStrip], "ب") || s.inPrepBefore(i, false) ||
			(bestMerged || bestStrip > 0 && strings.Contains(w[:bestStrip], "ل")) && !afterName
		m.conj = bestStrip > 0 && strings.HasPrefix(w, "و")
		m.between = i > 0 && !s.toks[i].Break && betweenWords[s.tok(i-1)]
		s.ms = append(s.ms, m)
		i += bestL
	}
}

// origAfter returns the byte offset in the text after the first n bytes
// of folded Arabic letters starting at byte start, skipping the
// diacritics and tatweel folding drops.
func (s *scanner) origAfter(start, n int) int {
	i := start
	for n > 0 && i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		i += size
		if f := extractors.FoldRune(r); f >= 0 {
			n -= utf8.RuneLen(f)
		}
	}
	for i < len(s.text) {
		r, size := utf8.DecodeRuneInString(s.text[i:])
		if extractors.FoldRune(r) >= 0 {
			break
		}
		i += size
	}
	return i
}

// isProclitic reports whether the UTF-8 pair b0 b1 is و ف ب ل or ك.
func isProclitic(b0, b1 byte) bool {
	switch {
	case b0 == 0xD9: // U+0640–U+067F: ف (0x81) ك (0x83) ل (0x84) و (0x88)
		return b1 == 0x81 || b1 == 0x83 || b1 == 0x84 || b1 == 0x88
	case b0 == 0xD8: // ب (U+0628)
		return b1 == 0xA8
	}
	return false
}

func isArabic(r rune) bool { return r >= 0x0600 && r <= 0x06FF }

// locative prepositions, folded, and the coast words that tie a town the
// same way ("قبالة سواحل صفاقس", "على ساحل طبرق").
var locPreps = map[string]bool{
	"في": true, "وفي": true, "ففي": true, "الي": true, "والي": true, "داخل": true, "قرب": true,
	"قباله": true, "سواحل": true, "بسواحل": true, "ساحل": true, "بساحل": true,
	"in": true, "at": true, "to": true, "near": true, "visit": true, "visited": true,
	"a": true, "au": true, "aux": true, "en": true, "dans": true, "depuis": true, "vers": true, "pres": true,
}

// betweenWords mark towns a route or link joins ("between Kenitra and
// Casablanca"); they tie towns, not countries, to the event.
var betweenWords = map[string]bool{"بين": true, "between": true, "entre": true}

func (s *scanner) prepBefore(i int) bool {
	if i == 0 || s.toks[i].Break {
		return false
	}
	if locPreps[s.tok(i-1)] {
		return true
	}
	// "off the coast of Sfax", "au large de Sfax", "the outskirts of Homs"
	return i > 1 && !s.toks[i-1].Break && linkWords[s.tok(i-1)] && edgeWords[s.tok(i-2)]
}

// edgeWords name the edge of a town, before "of" or "de".
var edgeWords = map[string]bool{
	"coast": true, "outskirts": true, "suburbs": true, "large": true, "cote": true, "cotes": true,
	"banlieue": true, "environs": true, "abords": true,
}

// inPrepBefore reports a preposition of place proper ("في", "إلى", "in",
// "to", "à", "en", "dans") before token i, looking past an article when
// article is set ("in the Saudi capital"). Unlike "من", "from" or "de",
// these tie a country, not just a town, to the event.
func (s *scanner) inPrepBefore(i int, article bool) bool {
	if article && i > 1 && !s.toks[i].Break && articles[s.tok(i-1)] {
		i--
	}
	if i > 2 && !s.toks[i].Break && s.tok(i-1) == "من" && s.tok(i-2) == "كل" {
		i -= 2 // "إلى كل من إيطاليا وصربيا"
	}
	return i > 0 && !s.toks[i].Break && inPreps[s.tok(i-1)]
}

var inPreps = map[string]bool{
	"في": true, "وفي": true, "ففي": true, "الي": true, "والي": true, "داخل": true,
	"in": true, "at": true, "to": true, "into": true, "inside": true,
	"a": true, "au": true, "aux": true, "en": true, "dans": true,
}

var articles = map[string]bool{"the": true, "la": true, "le": true, "l": true, "les": true}

// words before a name that make it a town or a region.
var cityWords = map[string]bool{
	"مدينه": true, "بمدينه": true, "لمدينه": true, "ومدينه": true, "مدينتي": true, "بلده": true, "ببلده": true,
	"قصر": true, "بقصر": true, "palais": true, "palace": true, "port": true, "ميناء": true, "بميناء": true,
	"مطار": true, "بمطار": true, "airport": true, "aeroport": true,
	"مدن": true, "بمدن": true, "cities": true, "towns": true, "villes": true,
	"city": true, "town": true, "ville": true, "cite": true, "commune": true,
}

var regionWords = map[string]bool{
	"ولايه": true, "بولايه": true, "لولايه": true, "وولايه": true, "ولايات": true,
	"محافظه": true, "بمحافظه": true, "لمحافظه": true, "ومحافظه": true, "محافظات": true, "محافظتي": true,
	"اقليم": true, "باقليم": true, "لاقليم": true, "واقليم": true, "اقاليم": true, "باقاليم": true,
	"جهه": true, "بجهه": true, "عماله": true, "بعماله": true, "منطقه": true, "بمنطقه": true, "مقاطعه": true, "بمقاطعه": true,
	"province": true, "provinces": true, "wilaya": true, "wilayas": true, "gouvernorat": true, "gouvernorats": true,
	"governorate": true, "governorates": true, "region": true, "regions": true, "prefecture": true, "district": true, "districts": true,
}

// words after a name that make it a region ("Giza governorate").
var regionWordsAfter = map[string]bool{
	"province": true, "governorate": true, "region": true, "district": true, "state": true,
}

var capitalWords = map[string]bool{
	"العاصمه": true, "عاصمه": true, "للعاصمه": true, "بالعاصمه": true, "والعاصمه": true, "وعاصمه": true, "بعاصمه": true, "لعاصمه": true,
	"capital": true, "capitale": true,
}

// linking words allowed between a trigger and the name ("province of X",
// "wilaya de X").
var linkWords = map[string]bool{"of": true, "de": true, "du": true, "d": true, "la": true, "l": true, "des": true}

// triggerBefore reports whether a word of set precedes token i, possibly
// through a linking word.
func (s *scanner) triggerBefore(i int, set map[string]bool) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k+1].Break {
			return false
		}
		w := s.tok(k)
		if set[w] {
			return true
		}
		if !linkWords[w] {
			return false
		}
	}
	return false
}

// evidence counts, per country, the unambiguous mentions of the country,
// its people or its towns: the background that decides ambiguous names.
func (s *scanner) evidence() {
	if s.evid == nil {
		s.evid = make(map[string]int, 8)
	}
	for i := range s.ms {
		m := &s.ms[i]
		if c := s.strongCountry(m); c != "" {
			s.evid[c]++
			m.evid = true
		}
	}
}

// strongCountry returns the country a match names without doubt — a
// country name, a demonym or a national capital, all of one country — or "".
func (s *scanner) strongCountry(m *match) string {
	if s.g.weak[m.key] != 0 {
		return ""
	}
	c, sure := "", false
	for _, r := range m.refs {
		e := &s.g.entries[r.e]
		if c != "" && c != e.country {
			return ""
		}
		c = e.country
		sure = sure || e.kind == 'C' || r.role&roleDemonym != 0 || e.capital
	}
	if !sure {
		return ""
	}
	return c
}

// evidOther counts the sure mentions of country c other than match m.
func (s *scanner) evidOther(m *match, c string) int {
	n := s.evid[c]
	if m.evid && s.strongCountry(m) == c {
		n--
	}
	return n
}

// resolve picks the entry a match denotes, or marks it skipped.
func (s *scanner) resolve(i int) {
	m := &s.ms[i]
	m.skip = true
	if (m.key == "قطر" || m.key == "المغرب") && m.ti > 0 && !s.toks[m.ti].Break && notPlaceAfter[s.tok(m.ti-1)] == m.key {
		return // "نصف قطر", "صلاة المغرب"
	}
	s.placeContext(i)
	first, _ := utf8.DecodeRuneInString(s.text[m.start:])
	latin := first < 0x0600 && unicode.IsLetter(first)
	lower := latin && unicode.IsLower(first)
	weak := s.g.weak[m.key] != 0

	var best int32 = -1
	bestScore := -1 << 30
	for _, r := range m.refs {
		e := &s.g.entries[r.e]
		if lower && r.role&roleDemonym == 0 && e.kind != 'S' {
			continue // "china", "nice", "turkey": not a place in lower case (but "palais de l'Élysée")
		}
		if r.role&roleDemonym != 0 && latin && r.role&(langEn) != 0 && r.role&langFr == 0 && lower {
			continue // English demonyms are capitalised
		}
		if latin && s.doc.Lang == "en" && r.role&langFr != 0 && r.role&langEn == 0 {
			continue // a French-only name in English text: "Chili", "Alger" (a surname)
		}
		sc := 0
		switch {
		case r.role&roleDemonym != 0:
			sc = 10
		case e.kind == 'C':
			// a country unless the context makes it a town; a country
			// beats its own same-named capital ("الجزائر", "تونس")
			sc = 45
			if s.sameNamedCapital(m, e.country) {
				sc = 60
				if s.dateline(m) {
					sc = 0 // "تونس (وات) -", "الكويت - كونا": a dateline names the town
				}
			}
			if s.cityContext(m) {
				sc = 0
			}
		case e.kind == 'P':
			sc = 30 + popScore(e.pop)
			if e.capital {
				sc += 10
			}
			if s.cityContext(m) || s.afterCapitalPhrase(i, e.country) {
				sc += 50
			}
			if s.regionContext(m) {
				sc -= 20
			}
		case e.kind == 'R':
			sc = 25
			if s.regionContext(m) {
				sc += 60
			}
		case e.kind == 'S':
			sc = 45
		}
		// a name in the text's own language: "Mexico" is the town in French,
		// the country in English
		if latin && (s.doc.Lang == "fr" && r.role&langFr != 0 || s.doc.Lang == "en" && r.role&langEn != 0) {
			sc += 20
		}
		// the background decides between places of different countries
		if n := s.evidOther(m, e.country); n > 0 {
			sc += 15 + 10*min(n, 3)
		}
		if sc > bestScore {
			best, bestScore = r.e, sc
		}
	}
	if best < 0 {
		return
	}
	e := &s.g.entries[best]
	if weak && !s.strongContext(m, e) {
		return
	}
	if !weak && !s.accept(i, e, latin) {
		return
	}
	role := uint8(0)
	for _, r := range m.refs {
		if r.e == best {
			role |= r.role
		}
	}
	m.e = best
	m.skip = false
	m.Mention = Mention{
		Span:    s.doc.Span(m.start, m.end, 0.9),
		Country: e.country,
		Name:    e.name,
	}
	switch {
	case role&roleName == 0:
		m.Kind = KindDemonym
	case e.kind == 'C':
		m.Kind = KindCountry
	case e.kind == 'R' || m.regional && e.kind == 'P':
		m.Kind = KindRegion // "ولاية وهران": the wilaya named after its town
	case e.capital:
		m.Kind = KindCapital
	default:
		m.Kind = KindCity
	}
	if m.Kind == KindCountry && latin && m.key == "america" && m.ti > 0 && continentWords[s.tok(m.ti-1)] {
		m.skip = true // "North America", "Latin America": a continent
		return
	}
	if m.Kind == KindCountry && (latin && (s.opensOrgName(m) || s.attributiveCode(m)) || !latin && s.inArOrgName(m)) {
		m.Kind = KindDemonym // "Kuwait Fund" stands as "Kuwaiti Fund" does
	}
	if weak {
		m.Confidence = 0.6
	}
}

// orgHeads, capitalised right after a Latin country name, make the name
// the opening of an organization's: "the Kuwait Fund for Arab Economic
// Development", "Qatar Airways", "Kenya Commercial Bank".
var orgHeads = map[string]bool{
	"fund": true, "airways": true, "airlines": true, "air": true, "bank": true, "investment": true,
	"petroleum": true, "telecom": true, "holding": true, "holdings": true, "charity": true,
	"commercial": true, "development": true, "stock": true, "chamber": true, "post": true,
	"times": true, "today": true, "tribune": true, "herald": true, "radio": true, "television": true,
}

// arOrgHeads, right before an Arabic country name, make it part of an
// organization's name: "صندوق قطر للتنمية", "بنك الكويت الوطني".
var arOrgHeads = map[string]bool{
	"صندوق": true, "لصندوق": true, "وصندوق": true, "بنك": true, "لبنك": true, "وبنك": true,
	"مصرف": true, "لمصرف": true, "ومصرف": true, "شركه": true, "لشركه": true, "وشركه": true,
	"مؤسسه": true, "لمؤسسه": true, "ومؤسسه": true, "جامعه": true, "لجامعه": true, "وجامعه": true,
}

// inArOrgName reports an Arabic name right after an organization word.
func (s *scanner) inArOrgName(m *match) bool {
	return m.ti > 0 && !s.toks[m.ti].Break && m.start == s.toks[m.ti].Start && arOrgHeads[s.tok(m.ti-1)]
}

// continentWords before "America" make it a part of the continent.
var continentWords = map[string]bool{"north": true, "south": true, "central": true, "latin": true, "nord": true, "sud": true, "centrale": true, "latine": true}

// attributiveCode reports a country written as a capitalised code ("U.S.",
// "UK", "UAE") right before a capitalised word other than a day or month:
// "the U.S. Federal Trade Commission", "UK Foreign Office". The
// code then qualifies a body, as "American" would.
func (s *scanner) attributiveCode(m *match) bool {
	if len(m.Text) > 5 {
		return false
	}
	for _, c := range m.Text {
		if !(c >= 'A' && c <= 'Z' || c == '.') {
			return false
		}
	}
	k := m.tj
	return k < len(s.toks) && !s.toks[k].Break && upperAt(s.text, s.toks[k].Start) && !calendarWords[s.tok(k)] && !conjunctions[s.tok(k)]
}

// calendarWords are the English and French days and months.
var calendarWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
}

// opensOrgName reports a name followed by a capitalised organization word.
func (s *scanner) opensOrgName(m *match) bool {
	k := m.tj
	return k < len(s.toks) && !s.toks[k].Break && upperAt(s.text, s.toks[k].Start) && orgHeads[s.tok(k)]
}

// sameNamedCapital reports whether the match also names a town of country c.
func (s *scanner) sameNamedCapital(m *match, c string) bool {
	for _, r := range m.refs {
		if e := &s.g.entries[r.e]; e.kind == 'P' && e.country == c {
			return true
		}
	}
	return false
}

// afterCapitalPhrase reports whether match i follows a capital phrase of
// country c: "العاصمة الأردنية عمان", "la capitale jordanienne Amman".
func (s *scanner) afterCapitalPhrase(i int, c string) bool {
	if i == 0 {
		return false
	}
	p := &s.ms[i-1]
	if p.tj != s.ms[i].ti || p.ti == 0 || !capitalWords[s.tok(p.ti-1)] {
		return false
	}
	for _, r := range p.refs {
		if s.g.entries[r.e].country == c {
			return true
		}
	}
	return false
}

// accept decides whether a town, region or site is named with enough
// support: national capitals and towns over a million need none; other
// towns over 100,000 need their country named elsewhere in the text or a
// place context; smaller towns and regions need a place context, or their
// country named and a locative preposition.
func (s *scanner) accept(i int, e *entry, latin bool) bool {
	m := &s.ms[i]
	trig := m.listed
	if e.kind == 'C' || e.kind == 'S' {
		return true
	}
	major := e.capital || e.known || e.pop >= 1000000
	if latin && s.capitalisedNeighbour(m) && !major {
		return false // "Hama Traoré", "Casablanca Stock Exchange"
	}
	ev := s.evidOther(m, e.country) > 0
	switch {
	case (e.kind == 'P' || e.kind == 'R') && major:
		return true
	case trig || s.dateline(m):
		return true
	case e.kind == 'P' && e.pop >= 100000:
		// Latin names of such towns are often surnames too (Warren,
		// Richardson, Irvine): they also need a preposition
		return ev && (!latin || m.prep || m.between)
	}
	return ev && (m.prep || m.between)
}

// listContext reports a name that continues a list opened by a place
// context: "provinces de Tata, Errachidia et Tiznit", "ولايتي تمنراست والبيض".
// Only the last kept match before i can open the list; it is read from
// the scanner's running index (see prevKept), so a text with many skipped
// matches costs no more than one with few.
func (s *scanner) listContext(i int) (prev int, ok bool) {
	j := s.prevKept(i)
	if j < 0 {
		return -1, false
	}
	p := &s.ms[j]
	if !p.listed {
		return -1, false
	}
	gap := s.ms[i].ti - p.tj
	if gap == 0 && (s.toks[s.ms[i].ti].Break || s.ms[i].conj) {
		return j, true // "Tata, Errachidia", "تمنراست وورقلة"
	}
	if gap == 1 {
		switch s.tok(p.tj) {
		case "و", "et", "and", "ou", "or":
			return j, true
		}
	}
	return -1, false
}

var conjunctions = map[string]bool{"و": true, "and": true, "et": true, "or": true, "ou": true}

// prevKept returns the last match before i that resolution kept, or -1.
// It is valid while match i is being resolved: scan resolves the matches
// in order and records the last kept one as it goes, which keeps the scan
// linear in the number of matches.
func (s *scanner) prevKept(i int) int {
	if s.kept < i {
		return s.kept
	}
	for j := i - 1; j >= 0; j-- { // not reached from resolve
		if !s.ms[j].skip {
			return j
		}
	}
	return -1
}

// placeContext sets m.listed and m.regional: a place word or a list that
// follows one ties the name to a place, and a region word (or a list after
// one) makes it a region ("ولاية تمنراست وولاية البيض", "provinces de Tata
// et Tiznit").
func (s *scanner) placeContext(i int) {
	m := &s.ms[i]
	region := s.regionContext(m)
	m.listed = region || s.cityContext(m)
	m.regional = region
	if prev, ok := s.listContext(i); ok {
		m.listed = true
		m.regional = m.regional || s.ms[prev].regional
	}
	if p := s.prevKept(i); p >= 0 && s.ms[p].prep && (m.conj && m.ti == s.ms[p].tj ||
		m.ti-s.ms[p].tj == 1 && conjunctions[s.tok(m.ti-1)] || m.ti == s.ms[p].tj && s.toks[m.ti].Break) {
		m.prep = true // "à Nouadhibou et Kiffa", "في الرباط وسلا"
	}
	if i > 0 && s.ms[i-1].between && !s.ms[i-1].skip && m.ti-s.ms[i-1].tj == 1 {
		switch s.tok(m.ti - 1) {
		case "and", "et", "و":
			m.between = true // "between Padang and Bukittinggi"
		}
	}
	if m.conj && i > 0 && s.ms[i-1].between && !s.ms[i-1].skip && m.ti == s.ms[i-1].tj {
		m.between = true // "بين الرباط والدار البيضاء"
	}
}

// dateline reports a town in a dateline near the top of the text: at the
// start of a line and followed by a dash, comma, colon or bracket
// ("الرباط - ", "BEIJING, June 19", "Amman, Nov. 20 (Petra)"), or alone at
// the end of a line after a slash, dash or bracket ("الغد برس/بغداد",
// "بغداد اليوم - بغداد", "البلاد (الدرعية)").
func (s *scanner) dateline(m *match) bool {
	if m.start > 600 {
		return false
	}
	lineStart := strings.LastIndexByte(s.text[:m.start], '\n') + 1
	before := strings.TrimSpace(s.text[lineStart:m.start])
	lineEnd := strings.IndexByte(s.text[m.end:], '\n')
	if lineEnd < 0 {
		lineEnd = len(s.text) - m.end
	}
	after := strings.TrimSpace(s.text[m.end : m.end+lineEnd])
	r, _ := utf8.DecodeRuneInString(after)
	if before == "" {
		return after == "" || strings.ContainsRune("-–—:,،(/|", r) || datedAfter(after)
	}
	b, _ := utf8.DecodeLastRuneInString(before)
	return strings.ContainsRune("/-–—(|", b) && (after == "" || strings.ContainsRune(")-–—:,،|", r))
}

// notPlaceAfter maps a word to the name it makes a common noun when it
// comes right before it: "نصف قطر" (radius), "صلاة المغرب" (the sunset
// prayer). resolve looks it up for those two names only.
var notPlaceAfter = map[string]string{
	"نصف": "قطر", "ونصف": "قطر", "بنصف": "قطر",
	"صلاه": "المغرب", "لصلاه": "المغرب", "وصلاه": "المغرب", "اذان": "المغرب", "واذان": "المغرب",
}

// datedAfter reports a line that goes on with a date, after "في" or
// directly, and then a bracket or dash, as a dateline does in the style of
// some agencies ("الرباط في 12 مارس /ومع/", "عمان 12 آذار (بترا) -").
func datedAfter(after string) bool {
	rest := strings.TrimPrefix(after, "في ")
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(rest))
	if !(r >= '0' && r <= '9' || r >= '٠' && r <= '٩') {
		return false
	}
	if len(rest) < len(after) {
		return true // "في" and a date
	}
	end := min(len(rest), 60)
	return strings.ContainsAny(rest[:end], "(/-–—")
}

func popScore(pop int) int {
	switch {
	case pop >= 5000000:
		return 12
	case pop >= 1000000:
		return 9
	case pop >= 300000:
		return 6
	case pop >= 100000:
		return 3
	}
	return 0
}

// cityContext reports "مدينة X", "X العاصمة", "city of X", "ville de X".
func (s *scanner) cityContext(m *match) bool {
	if s.triggerBefore(m.ti, cityWords) {
		return true
	}
	if m.tj < len(s.toks) && !s.toks[m.tj].Break {
		switch s.tok(m.tj) {
		case "العاصمه", "city", "ville":
			return true
		}
	}
	return false
}

func (s *scanner) regionContext(m *match) bool {
	if s.triggerBefore(m.ti, regionWords) {
		return true
	}
	k := m.tj
	if k >= len(s.toks) || s.toks[k].Break || !regionWordsAfter[s.tok(k)] {
		return false
	}
	// "state" is an adjective in "the U.S. State Department", "Egypt
	// state media", "the US state of Texas"
	return s.tok(k) != "state" || k+1 >= len(s.toks) || s.toks[k+1].Break || !stateNouns[s.tok(k+1)]
}

// stateNouns after "state" make it an adjective, not a region word.
var stateNouns = map[string]bool{
	"department": true, "media": true, "tv": true, "television": true, "news": true, "agency": true,
	"visit": true, "secretary": true, "minister": true, "council": true, "company": true, "oil": true,
	"broadcaster": true, "run": true, "owned": true, "funeral": true, "dinner": true, "of": true, "s": true,
}

// strongContext decides a name that is also a common word or a personal
// name: it is a place after "city of", "province", a capital phrase, or a
// locative preposition in a text that otherwise speaks of its country;
// Latin names also need a capital letter and no capitalised neighbour
// ("Michael Jordan", "Jordan Times").
func (s *scanner) strongContext(m *match, e *entry) bool {
	if m.listed {
		return true
	}
	if s.g.weak[m.key] == weakTrigger {
		return false
	}
	if m.ti > 0 && capitalWords[s.tok(m.ti-1)] {
		return true
	}
	first, _ := utf8.DecodeRuneInString(s.text[m.start:])
	if first < 0x0600 {
		if s.capitalisedNeighbour(m) {
			return false
		}
		return m.prep || s.evid[e.country] > 0 || s.possessive(m)
	}
	return m.prep && s.evid[e.country] > 0
}

// possessive reports an English possessive right after the name
// ("Jordan's Planning Minister"): a state speaking through its office.
func (s *scanner) possessive(m *match) bool {
	k := m.tj
	if k >= len(s.toks) || s.tok(k) != "s" || s.toks[k].Start < 1 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s.text[:s.toks[k].Start])
	if r != '\'' && r != '’' || s.toks[k].Start-utf8.RuneLen(r) != m.end || k+1 >= len(s.toks) {
		return false
	}
	n, _ := utf8.DecodeRuneInString(s.text[s.toks[k+1].Start:])
	return unicode.IsUpper(n) || possessedOffices[s.tok(k+1)]
}

// possessedOffices after "X's" make X a state: "Jordan's foreign minister".
var possessedOffices = map[string]bool{
	"foreign": true, "finance": true, "planning": true, "government": true, "minister": true, "ministry": true,
	"king": true, "queen": true, "prime": true, "president": true, "capital": true, "embassy": true,
	"ambassador": true, "army": true, "parliament": true, "cabinet": true, "delegation": true, "economy": true,
	"central": true, "interior": true, "defence": true, "defense": true, "health": true, "royal": true,
}

func (s *scanner) capitalisedNeighbour(m *match) bool {
	isCap := func(k int) bool {
		if k < 0 || k >= len(s.toks) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s.text[s.toks[k].Start:])
		return unicode.IsUpper(r) && !linkWords[s.tok(k)]
	}
	before := m.ti > 0 && !s.toks[m.ti].Break && isCap(m.ti-1) && !locPreps[s.tok(m.ti-1)]
	after := m.tj < len(s.toks) && !s.toks[m.tj].Break && isCap(m.tj)
	return before || after
}

// capitalPhrases turns "العاصمة السعودية", "the Saudi capital", "la
// capitale marocaine", "capital of Morocco" into the capital city; when the
// city's own name follows ("العاصمة السعودية الرياض"), the name alone is
// kept.
func (s *scanner) capitalPhrases() {
	for i := range s.ms {
		m := &s.ms[i]
		if m.skip || (m.Kind != KindCountry && m.Kind != KindDemonym) {
			continue
		}
		capIdx, ok := s.g.capitals[m.Country]
		if !ok {
			continue
		}
		startTok, endTok := -1, -1
		// capital word before: العاصمة السعودية / capitale marocaine / capital of Morocco
		if k := m.ti - 1; k >= 0 && !s.toks[m.ti].Break {
			if capitalWords[s.tok(k)] {
				startTok = k
			} else if linkWords[s.tok(k)] && k >= 1 && !s.toks[k].Break && capitalWords[s.tok(k-1)] {
				startTok = k - 1
			} else if linkWords[s.tok(k)] && k >= 2 && linkWords[s.tok(k-1)] && capitalWords[s.tok(k-2)] {
				startTok = k - 2
			}
			if startTok >= 0 {
				endTok = m.tj
			}
		}
		// capital word after: "the Saudi capital", "Morocco's capital"
		if startTok < 0 && m.tj < len(s.toks) && !s.toks[m.tj].Break {
			k := m.tj
			if s.tok(k) == "s" && k+1 < len(s.toks) {
				k++
			}
			if s.tok(k) == "capital" && !s.toks[k].Break && !moneyCapital[s.tok(k+1)] {
				startTok, endTok = m.ti, k+1
			}
		}
		if startTok < 0 {
			continue
		}
		// Arabic: "العاصمة السعودية" takes an adjective, "عاصمة المغرب" a name
		if w := s.tok(startTok); isArabic(firstRune(w)) {
			definite := strings.HasSuffix(w, "العاصمه") || strings.HasSuffix(w, "للعاصمه")
			if definite && !strings.HasSuffix(s.tok(m.tj-1), "يه") {
				continue
			}
		}
		// the city named right before or after: keep the name
		w := s.tok(startTok)
		prep := s.inPrepBefore(startTok, true) || strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "لل")
		if c := s.namedCity(i, startTok, endTok, m.Country); c >= 0 {
			m.skip = true
			// "في العاصمة السعودية الرياض": the town the phrase names; the
			// apposition itself describes a place, so the town is tied to
			// the event in the opening sentence, or further down in a
			// sentence telling an event, unless the phrase is an origin
			// ("استضافت العاصمة السورية دمشق"; not "from the Syrian
			// capital, Damascus", nor a past visit further down)
			first := min(startTok, s.ms[c].ti)
			appos := !s.originBefore(first) && (s.toks[startTok].Start < s.firstEnd() ||
				s.eventSentence(&s.ms[c]) && !s.pastSentence(first, s.toks[first].Start))
			s.ms[c].prep = s.ms[c].prep || prep || appos
			continue
		}
		ce := &s.g.entries[capIdx]
		m.start = s.toks[startTok].Start
		m.end = s.toks[endTok-1].End
		m.ti, m.tj = startTok, endTok
		m.e = capIdx
		m.phrase = true
		m.prep = prep
		m.Mention = Mention{Span: s.doc.Span(m.start, m.end, 0.8), Country: ce.country, Kind: KindCapital, Name: ce.name}
	}
}

// bareCapitals ties to the event a town named right after a bare capital
// word that follows a preposition of place ("إلى العاصمة دمشق", "في
// العاصمة نيامي", "to the capital Dakar", "بالعاصمة بيروت"): the word
// names the town itself, as a demonym does in "العاصمة السورية دمشق".
func (s *scanner) bareCapitals() {
	for i := range s.ms {
		m := &s.ms[i]
		if m.skip || m.prep || (m.Kind != KindCity && m.Kind != KindCapital) || m.ti == 0 || s.toks[m.ti].Break {
			continue
		}
		k := m.ti - 1
		w := s.tok(k)
		if !capitalWords[w] {
			continue
		}
		if strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "لل") || s.inPrepBefore(k, true) {
			m.prep = true
		}
	}
}

// originBefore reports an origin preposition ("من", "from", "de") before
// token i, looking past an article, or an Arabic proclitic-free "من"
// merged with the capital word ("من العاصمة").
func (s *scanner) originBefore(i int) bool {
	if i > 1 && !s.toks[i].Break && articles[s.tok(i-1)] {
		i--
	}
	return i > 0 && !s.toks[i].Break && originWords[s.tok(i-1)]
}

var originWords = map[string]bool{"من": true, "from": true, "de": true, "d": true, "depuis": true}

// moneyCapital are words after "capital" that make it money, not a town:
// "Saudi capital markets", "Egyptian capital spending".
var moneyCapital = map[string]bool{
	"market": true, "markets": true, "gains": true, "flows": true, "flow": true, "spending": true,
	"expenditure": true, "expenditures": true, "investment": true, "investments": true, "increase": true,
	"injection": true, "requirements": true, "adequacy": true, "account": true, "budget": true, "goods": true,
	"projects": true, "outflows": true, "inflows": true, "punishment": true, "stock": true,
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// namedCity returns the match of a town of country c named next to the
// capital phrase of match i spanning tokens [startTok, endTok):
// "العاصمة السعودية الرياض", "the Saudi capital, Riyadh", "عمان العاصمة
// الأردنية".
func (s *scanner) namedCity(i, startTok, endTok int, c string) int {
	isCity := func(n *match) bool {
		return !n.skip && n.Country == c && (n.Kind == KindCapital || n.Kind == KindCity)
	}
	// matches are in text order: only those touching the phrase can be
	// the town, so both walks stop at the first match out of reach
	for j := i + 1; j < len(s.ms) && s.ms[j].ti <= endTok+1; j++ {
		if n := &s.ms[j]; !n.skip {
			if isCity(n) {
				return j
			}
			break
		}
	}
	for j := i - 1; j >= 0 && s.ms[j].tj >= startTok-1; j-- {
		if n := &s.ms[j]; !n.skip {
			if isCity(n) {
				return j
			}
			return -1
		}
	}
	return -1
}
