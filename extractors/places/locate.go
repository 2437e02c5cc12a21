package places

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/newsworker/newsworker/extractors"
)

// ledeRunes bounds the lede: the event's place is looked for in the first
// sentences of the text.
const ledeRunes = 420

// locate picks the places the event concerns and where it happens.
//
// A town, capital or site counts when the text ties it to the event: a
// locative preposition or proclitic before it ("في الرياض", "بالرباط", "à
// Rabat", "in Riyadh"), a place word ("مدينة", "port of", "province de") or
// a list that follows one, "between X and Y", or the dateline. A country
// counts when it is named after a preposition of place ("وفي الفلبين", "en
// Algérie", "زيارة لمصر"), with the countries coordinated with it ("في
// إيطاليا وصربيا"); when no place is found, the country the text names most
// is the place. A place whose only tie is background is left out (see
// relevance.go: talk topics, residents and missions, recipients, later or
// earlier events, comparisons, trips home, offices, missions' seats), and
// a country is kept without a preposition when a direction names a part of
// it ("southern Peru") or "where" follows it. A bare town name stands for
// the territory named after it once the text names that territory, and an
// English "in X Township" adds a settlement too small for the gazetteer. A
// region stands for its country, as annotators give provinces no town, and
// a palace inside a kept town is left out; a venue
// the gazetteer lacks ("في قصر X", "منفذ X الحدودي") is a site when no town
// is kept (venues.go). A capital written as another country's name ("عمان")
// that a visit goes to, with no capital word or venue beside it, stands for
// its state. A country named once past the first two sentences stays only
// when its sentence tells an event. The event's location is the dateline
// town, unless the dateline's sentence names another town (then that town,
// and the dateline, an outlet's home city, is left out) or sends the event
// to another country and names no town there (then that country); else the
// first tied town of the lede, else the first tied town, else the first
// country. A province the dateline's sentence places the event in also
// makes the dateline the outlet's city. When no place is tied, the country
// the text names most (past background mentions) is the place, unless it
// is one of a bilateral pair: then the partner whose town the text names.
func (e *Extractor) locate(s *scanner) ([]Place, *Place) {
	doc, ms := s.doc, s.ms
	var townBuf, countryBuf [8]int
	towns, countries := townBuf[:0], countryBuf[:0] // indexes into ms
	var scene []int
	dateline := -1
	for i := range ms {
		m := &ms[i]
		if m.skip || m.Kind == KindDemonym {
			continue
		}
		if m.dept = s.deptName(m); m.dept {
			continue
		}
		switch m.Kind {
		case KindCity, KindCapital:
			if isDatelineAt(doc.Text, m) {
				if dateline < 0 {
					dateline = i
				}
				continue
			}
			if (m.prep || m.listed || e.g.entries[m.e].kind == 'S' || m.between) && !s.background(m) || s.whereEvent(m) {
				if r := e.territoryOf(ms, i); r >= 0 {
					countries = append(countries, r) // the territory, not its town
				} else if s.stateByCapital(m) {
					countries = append(countries, i) // the state the capital stands for
				} else {
					towns = append(towns, i)
				}
			}
		case KindCountry, KindRegion:
			if (m.inPrep || m.listed) && !s.background(m) || s.signingGovernment(m) {
				countries = append(countries, i)
			} else if s.sceneCountry(m) && !s.background(m) || s.whereEvent(m) {
				scene = append(scene, i) // not spread to its list: "north of Chad and Niger"
			}
		}
	}
	countries = s.dropPassing(countries)
	byCount := false // the only place is the country named most
	if len(countries) == 0 && len(scene) == 0 && len(towns) == 0 && dateline < 0 {
		if c := s.dominantCountry(); c >= 0 {
			if other := s.bilateral(c); other == "" {
				countries = append(countries, c)
				byCount = true
			} else if t := s.townOfOne(ms[c].Country, other); t >= 0 {
				scene = append(scene, t) // not spread to the pair
				byCount = true
			}
		}
	}
	countries = append(s.coordinated(countries), scene...)

	// the event's town
	loc := -1
	for _, i := range towns {
		if ms[i].Start < ledeRunes {
			loc = i
			break
		}
	}
	if loc < 0 && dateline >= 0 {
		loc = dateline
	}
	if loc < 0 && len(towns) > 0 {
		loc = towns[0]
	}
	// a dateline town stays unless the dateline's own sentence names
	// another town as the event's place ("ISLAMABAD – … signed … in
	// Tashkent"), or a province after a preposition ("ISLAMABAD: … flood
	// victims in Sindh province", "القاهرة - … في محافظة أسوان"), or sends
	// the event to another country and names no town there ("القاهرة - …
	// زيارة إلى الأردن", "Islamabad: … a visit to Jordan"), or the text
	// ties no town but a province of the dateline's country, and never
	// names the dateline town again: the dateline is then the outlet's city
	if dateline >= 0 {
		end := sentenceEnd(doc.Text, ms[dateline].end)
		keep := true
		for _, i := range towns {
			if ms[i].start < end && ms[i].e != ms[dateline].e && !e.insideTown(ms, i, dateline) {
				keep = false
				if loc == dateline {
					loc = i
				}
				break
			}
		}
		if keep {
			for _, i := range countries {
				region := ms[i].Kind == KindRegion && (ms[i].inPrep || ms[i].regional)
				if ms[i].start < end && (ms[i].Country != ms[dateline].Country && s.destination(&ms[i]) || region) ||
					region && len(towns) == 0 && ms[i].Country == ms[dateline].Country && !namedAgain(ms, dateline) {
					keep = false
					if loc == dateline {
						loc = i
					}
					break
				}
			}
		}
		if keep || sameEntry(ms, dateline, towns) {
			towns = append([]int{dateline}, towns...)
			if keep { // nothing in its sentence contradicts the dateline
				loc = dateline
			}
		}
	}
	var out []Place
	var seenBuf [16]int32
	seenList := seenBuf[:0]
	seen := func(e int32) bool {
		for _, x := range seenList {
			if x == e {
				return true
			}
		}
		return false
	}
	add := func(i int, asCountry bool) {
		m := &ms[i]
		ei := m.e
		if asCountry {
			ci, ok := e.g.countries[m.Country]
			if !ok {
				return
			}
			ei = ci
		}
		if seen(ei) {
			return
		}
		seenList = append(seenList, ei)
		p := e.g.place(ei)
		p.Span = m.Span
		if !asCountry {
			p.Name = e.surfaceName(doc, m, p.Name)
		}
		out = append(out, p)
	}
	for _, i := range towns {
		add(i, false)
	}
	for _, i := range countries {
		add(i, ms[i].Kind == KindRegion || ms[i].Kind == KindCapital)
	}
	out = dropInnerSites(out)
	out = s.smallTowns(out)
	out = s.venues(out, byCount)
	var location *Place
	if loc >= 0 {
		for k := range out {
			if out[k].Start == ms[loc].Start && out[k].End == ms[loc].End || seen(ms[loc].e) && out[k].Name == e.g.entries[ms[loc].e].name {
				l := out[k]
				location = &l
				break
			}
		}
	}
	if location == nil && len(out) > 0 {
		l := out[0]
		location = &l
	}
	return out, location
}

// territoryOf returns the kept territory the text names whose English
// name is the name of town i followed by a territory word ("Zamboanga
// Peninsula" for "Zamboanga"), or -1: once the text has named the
// territory, its bare name stands for it.
func (e *Extractor) territoryOf(ms []match, i int) int {
	name := e.g.entries[ms[i].e].name
	for j := range ms {
		r := &ms[j]
		if r.skip || r.Kind != KindRegion || r.Country != ms[i].Country {
			continue
		}
		rn := e.g.entries[r.e].name
		if len(rn) > len(name)+1 && rn[len(name)] == ' ' && rn[:len(name)] == name && territoryWords[rn[len(name)+1:]] {
			return j
		}
	}
	return -1
}

// territoryWords end the English names of territories that share their
// name with a town.
var territoryWords = map[string]bool{"Strip": true, "Peninsula": true, "Territory": true, "Territories": true}

// surfaceName keeps an English text's own Latin spelling of a town when it
// is one of the town's names ("Marrakech" rather than "Marrakesh").
func (e *Extractor) surfaceName(doc *extractors.Document, m *match, name string) string {
	if doc.Lang != "en" || m.phrase {
		return name
	}
	r, _ := utf8.DecodeRuneInString(m.Text)
	if r >= 0x0600 || m.Kind == KindCountry || m.Kind == KindRegion {
		return name
	}
	for _, ch := range m.Text {
		if ch >= 'a' && ch <= 'z' {
			return m.Text // mixed case: a spelling, not a shouted dateline
		}
	}
	return name
}

// isDatelineAt reports a town opening the text (or its first line) and
// followed by a dash, comma, colon or bracket.
func isDatelineAt(text string, m *match) bool {
	s := scanner{text: text}
	return s.dateline(m)
}

// namedAgain reports whether the town of match i is named again after it.
func namedAgain(ms []match, i int) bool {
	for j := i + 1; j < len(ms); j++ {
		if !ms[j].skip && ms[j].e == ms[i].e {
			return true
		}
	}
	return false
}

func sameEntry(ms []match, i int, others []int) bool {
	for _, j := range others {
		if ms[j].e == ms[i].e {
			return true
		}
	}
	return false
}

// dropPassing leaves out a country whose only tie to the event is one
// passing mention in the second half of the text ("…as in Ukraine" in a
// closing paragraph): a country the text returns to, by name, people or
// capital, or names early — in its first half or its first two sentences,
// however short the text — stays.
//
// In the first half, past the first two sentences, a country named once
// stays only when its sentence tells an event (a verb of meeting, visiting,
// signing, opening, striking…): "وأضاف أن مالطا كانت ضيفة الشرف" is
// background, "وفي تونس وقع الجانبان اتفاقية" is not.
func (s *scanner) dropPassing(sel []int) []int {
	doc, ms := s.doc, s.ms
	half := doc.RuneOffset(len(doc.Text)) / 2
	opening := sentenceEnd(doc.Text, sentenceEnd(doc.Text, 0)+1) // byte end of the second sentence
	out := sel[:0]
	for _, i := range sel {
		early := ms[i].start < opening || ms[i].Start < half && s.eventSentence(&ms[i])
		if early || countryMentions(ms, ms[i].Country) >= 2 {
			out = append(out, i)
		}
	}
	return out
}

// countryMentions counts the kept mentions of country c: its names, its
// people and its capital.
func countryMentions(ms []match, c string) int {
	n := 0
	for i := range ms {
		if !ms[i].skip && ms[i].Country == c && ms[i].Kind != KindCity && ms[i].Kind != KindRegion {
			n++
		}
	}
	return n
}

// ledeListRunes bounds the opening lines where a list of countries shares
// the choice of one of its members made elsewhere in the text.
const ledeListRunes = 300

// coordinated adds to the selected countries those coordinated with one
// of them: "اجتاحت السيول الفلبين وفيتنام" with
// "وفي الفلبين"; "إلى كل من فرنسا وكرواتيا". A list inside the name of an
// office ("مدير دائرة المغرب وتونس", see deptName) spreads nothing: it
// names the office's scope; nor does a pair after "between" ("العلاقات بين
// تونس والجزائر"), the two sides of a relation.
func (s *scanner) coordinated(sel []int) []int {
	ms := s.ms
	chosen := map[string]bool{}
	in := map[int]bool{}
	for _, i := range sel {
		chosen[ms[i].Country] = true
		in[i] = true
	}
	out := sel
	var group []int
	flush := func() {
		// a list spreads a choice when one of its members has its own
		// preposition, or when it opens the text and names a chosen country
		hit := false
		for _, i := range group {
			hit = hit || in[i] || chosen[ms[i].Country] && ms[group[0]].Start < ledeListRunes
		}
		if hit && len(group) > 1 && !s.pairWordBefore(ms[group[0]].ti) {
			for _, i := range group {
				if !chosen[ms[i].Country] {
					chosen[ms[i].Country] = true
					out = append(out, i)
				}
			}
		}
		group = group[:0]
	}
	prev := -1
	for i := range ms {
		if ms[i].skip {
			continue
		}
		if ms[i].Kind != KindCountry || ms[i].dept {
			flush()
			prev = -1
			continue
		}
		if prev >= 0 && !s.listGap(ms[prev].tj, &ms[i]) {
			flush()
		}
		group = append(group, i)
		prev = i
	}
	flush()
	return out
}

// listGap reports whether the tokens from token from up to match m may
// join m to the member of a list before it: a comma or a fused "و", a
// conjunction, an article or both ("Chad and Niger", "Canada, the United
// Kingdom", "le Tchad et le Niger"); not a preposition ("l'ambassadeur de
// France au Sénégal"), nor nothing at all ("زار وفد من قطر الكويت").
func (s *scanner) listGap(from int, m *match) bool {
	to := m.ti
	if to == from {
		return m.conj || from > 0 && s.commaBetween(from-1, to)
	}
	if to-from > 2 {
		return false
	}
	for k := from; k < to; k++ {
		if w := s.tok(k); !conjunctions[w] && !articles[w] {
			return false
		}
	}
	return true
}

// bilateral reports a text about two countries' relations and returns the
// other country of the pair, or "": the country of match c is named in a
// pair after "between" or "the two countries" ("بين البلدين الشقيقين تونس
// وليبيا", "between the two countries, Chad and Niger") whose other member
// the text names, with its people, at least half as often. Neither is
// then the event's place by count alone.
func (s *scanner) bilateral(c int) string {
	ms := s.ms
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if a.skip || b.skip || a.Kind != KindCountry || b.Kind != KindCountry || !s.listGap(a.tj, b) || a.Country == b.Country {
			continue
		}
		if !s.pairWordBefore(a.ti) {
			continue
		}
		if i+2 < len(ms) && !ms[i+2].skip && ms[i+2].Kind == KindCountry && s.listGap(b.tj, &ms[i+2]) {
			continue // a longer list
		}
		other := ""
		switch ms[c].Country {
		case a.Country:
			other = b.Country
		case b.Country:
			other = a.Country
		default:
			continue
		}
		if 2*peopleAndNames(ms, other) >= peopleAndNames(ms, ms[c].Country) {
			return other
		}
	}
	return ""
}

// townOfOne returns, when the text names a town of exactly one of the
// countries a and b (in any role: "the accord signed in Amman last year"),
// the first name of that country, else -1: of two partners, the text is
// about the one it places something in.
func (s *scanner) townOfOne(a, b string) int {
	ta, tb := false, false
	for i := range s.ms {
		if m := &s.ms[i]; !m.skip && (m.Kind == KindCity || m.Kind == KindCapital) {
			ta = ta || m.Country == a
			tb = tb || m.Country == b
		}
	}
	if ta == tb {
		return -1
	}
	c := a
	if tb {
		c = b
	}
	for i := range s.ms {
		if m := &s.ms[i]; !m.skip && m.Kind == KindCountry && m.Country == c {
			return i
		}
	}
	return -1
}

// pairWords before a pair of countries make it a bilateral frame.
var pairWords = map[string]bool{
	"بين": true, "البلدين": true, "الدولتين": true, "between": true, "countries": true, "entre": true, "pays": true,
}

// twoWords before "countries" or "pays" make them a pair.
var twoWords = map[string]bool{"two": true, "both": true, "deux": true}

// pairWordBefore reports a pair word among the three tokens before token i,
// in the same sentence.
func (s *scanner) pairWordBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if s.toks[k+1].Break && !s.commaBetween(k, k+1) {
			return false // a comma may stand there: "between the two countries, Chad and Niger"
		}
		if w := s.tok(k); pairWords[w] && (w != "countries" && w != "pays" || k > 0 && twoWords[s.tok(k-1)]) {
			return true // "countries" only as "the two countries", "les deux pays"
		}
	}
	return false
}

// commaBetween reports whether only a comma and spaces separate tokens k
// and k+1.
func (s *scanner) commaBetween(k, next int) bool {
	gap := strings.TrimSpace(s.text[s.toks[k].End:s.toks[next].Start])
	return gap == "," || gap == "،"
}

// peopleAndNames counts the kept names and demonyms of country c.
func peopleAndNames(ms []match, c string) int {
	n := 0
	for i := range ms {
		if !ms[i].skip && ms[i].Country == c && (ms[i].Kind == KindCountry || ms[i].Kind == KindDemonym) {
			n++
		}
	}
	return n
}

// dominantCountry returns the match of the country the text names most,
// the earliest on a tie, or -1; a name opening a quoted title (an
// outlet's), inside an office's name, after a preposition that the
// relevance rules find background ("the war in Yemen") or naming the state
// an envoy serves ("سفير الصين", "l'ambassadeur de Chine") does not count.
func (s *scanner) dominantCountry() int {
	ms := s.ms
	type tally struct {
		c        string
		n, first int
	}
	var ts [16]tally
	counts := ts[:0]
	for i := range ms {
		if ms[i].skip || ms[i].Kind != KindCountry || s.quotedTitle(&ms[i]) || ms[i].dept ||
			ms[i].inPrep && s.background(&ms[i]) || s.envoyOf(&ms[i]) {
			continue
		}
		k := 0
		for k < len(counts) && counts[k].c != ms[i].Country {
			k++
		}
		if k == len(counts) {
			counts = append(counts, tally{c: ms[i].Country, first: i})
		}
		counts[k].n++
	}
	best, bestN := -1, 0
	for _, t := range counts {
		if t.n > bestN { // counts are in order of first mention: ties keep the earliest
			best, bestN = t.first, t.n
		}
	}
	return best
}

// sentenceEnd returns the byte offset of the end of the sentence running
// from byte from: the first full stop followed by a space or a line break,
// or the line break ending a line that holds more than a short credit. A
// dateline alone on its line ("دمشق-سانا", "بغداد / شفق نيوز") runs on into
// the first sentence of the body.
func sentenceEnd(text string, from int) int {
	for i := from; i < len(text); i++ {
		switch text[i] {
		case '\n':
			if i-from > 40 {
				return i
			}
		case '.':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				return i
			}
		}
	}
	return len(text)
}

// insideTown reports whether match i is a site (a palace, a venue) lying
// in the town of match t: "الرياض - … في قصر المربع" is an event in Riyadh.
func (e *Extractor) insideTown(ms []match, i, t int) bool {
	s, c := &e.g.entries[ms[i].e], &e.g.entries[ms[t].e]
	return s.kind == 'S' && s.country == c.country && distanceKm(s.lat, s.lon, c.lat, c.lon) < innerKm
}

// dropInnerSites leaves out a site (a palace, a venue) that lies in a town
// also kept: the annotation lists "قصر اليمامة بالرياض" as Riyadh.
func dropInnerSites(ps []Place) []Place {
	out := ps[:0]
	for i, p := range ps {
		inner := false
		if p.Kind == KindSite {
			for j, q := range ps {
				if j != i && q.Kind == KindCity && q.Country == p.Country && distanceKm(p.Lat, p.Lon, q.Lat, q.Lon) < innerKm {
					inner = true
					break
				}
			}
		}
		if !inner {
			out = append(out, p)
		}
	}
	return out
}

// innerKm is the distance under which a site lies in a town.
const innerKm = 30

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}
