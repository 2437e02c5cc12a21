package figures

import (
	"strings"
	"unicode/utf8"
)

// partOf reads "out of 27 million Yemenis", "sur 40 pays", "من أصل 596
// مقعدا" after a number ending at k and returns the noun of the whole.
func (p *parser) partOf(k int) (*entry, int, int) {
	if !p.isWord(k) || !p.near(k) {
		return nil, k, k
	}
	j := k
	switch p.fold(k) {
	case "out":
		if !p.isWord(k+1) || p.fold(k+1) != "of" {
			return nil, k, k
		}
		j = k + 2
	case "sur":
		j = k + 1
	case "من":
		if !p.isWord(k+1) || p.fold(k+1) != "اصل" {
			return nil, k, k
		}
		j = k + 2
	default:
		return nil, k, k
	}
	if p.isWord(j) && p.fold(j) == "the" {
		j++
	}
	if j >= len(p.toks) || !p.near(j) {
		return nil, k, k
	}
	sq := p.sequence(j)
	if !sq.ok {
		return nil, k, k
	}
	u, ue, uk := p.unitAfter(sq.end)
	if u == nil || u.time {
		return nil, k, k
	}
	return u, ue, uk
}

// percentFollows reports whether a connector and a percentage follow the
// number ending at k: the first end of "6,1 à 5%" is a percentage too.
func (p *parser) percentFollows(k int) bool {
	if !p.near(k) || k+2 >= len(p.toks) {
		return false
	}
	switch {
	case p.isPunct(k, '-', '–', '/'):
	case p.isWord(k):
		switch p.fold(k) {
		case "a", "to", "الي", "و", "and", "et", "ou", "or":
		default:
			return false
		}
	default:
		return false
	}
	j := k + 1
	if p.toks[j].kind != tkDigits || !p.near(j) {
		return false
	}
	nb := p.assemble(j)
	if !nb.ok {
		return false
	}
	e := nb.end
	if p.isPunct(e, '%', '٪') && p.near(e) {
		return true
	}
	_, pe := p.phraseAt(e, func(e *entry) bool { return e.pct })
	return pe != nil && p.near(e)
}

// yearAt reports whether the four-digit number v at token k reads as a
// year: 1900 to 2100, or 1000 to 2100 after a year word.
func (p *parser) yearAt(k, v int) bool {
	if v >= 1900 && v <= 2100 {
		return true
	}
	if v < 1000 || v > 2100 || !p.isWord(k-1) || !p.near(k) {
		return false
	}
	w := p.look(k - 1)
	return w.e != nil && w.e.year
}

// refBefore returns the reference word (law, رقم, n°) or ordinal head
// (الدورة) right before token k, or nil.
func (p *parser) refBefore(k int) *entry {
	j := k - 1
	for hops := 0; hops < 2 && j >= 0 && p.toks[j].kind == tkPunct && p.near(j+1); hops++ {
		switch p.toks[j].r {
		case ':', '.', '°', 'º', '#', '-':
			j--
			continue
		}
		return nil
	}
	if j < 0 || !p.isWord(j) || !p.near(j+1) {
		return nil
	}
	w := p.look(j)
	if w.e == nil || !w.e.ref && !w.e.ord {
		return nil
	}
	if f := p.fold(j); (f == "no" || f == "n") && !p.toks[j].upper && !p.isPunct(j+1, '°', 'º', '.') {
		return nil
	}
	if j > 0 && p.glued(j) && p.isPunct(j-1, '-') {
		return nil // the end of a hyphenated name: "PML-N 63" is no "N° 63"
	}
	return w.e
}

// monthBefore reports whether a month name comes right before token k.
func (p *parser) monthBefore(k int) bool {
	j := k - 1
	if p.isPunct(j, '.') && p.glued(j) {
		j--
	}
	if !p.isWord(j) || !p.near(j+1) {
		return false
	}
	w := p.look(j)
	if w.e == nil || !w.e.month {
		return false
	}
	if p.fold(j) == "may" && !p.toks[j].upper {
		return false
	}
	return true
}

// dateAfter reports whether a month follows the number ending at k, also
// across "/" and a second day ("1 و 2 نوفمبر", "7 au 9 septembre").
func (p *parser) dateAfter(k int) bool {
	j := k
	if p.isPunct(j, '/', '-') && p.near(j) || p.isPunct(j, '.') && p.glued(j) && p.monthAt(j+1) {
		j++
	}
	if p.monthAt(j) {
		return true
	}
	// "15 من شهر مارس", "15 شهر مارس", "le 15 du mois de mars".
	for hops, i := 0, j; hops < 4 && p.isWord(i) && p.near(i); hops, i = hops+1, i+1 {
		switch p.fold(i) {
		case "من", "شهر", "du", "mois", "de", "of", "the", "month":
			if p.monthAt(i + 1) {
				return true
			}
			continue
		}
		break
	}
	if p.isWord(j) && p.near(j) {
		switch p.fold(j) {
		case "و", "and", "et", "au", "to", "الي", "or", "ou":
			if j+1 < len(p.toks) && p.toks[j+1].kind == tkDigits && len(p.digits(j+1)) <= 2 && p.monthAt(j+2) {
				return true
			}
		}
	}
	if p.isPunct(j, '-', '–') && j+1 < len(p.toks) && p.toks[j+1].kind == tkDigits && len(p.digits(j+1)) <= 2 && p.monthAt(j+2) {
		return true
	}
	return false
}

func (p *parser) monthAt(j int) bool {
	if !p.isWord(j) || !p.near(j) {
		return false
	}
	w := p.look(j)
	if w.e == nil && p.toks[j].arabic {
		return p.gluedMonth(j)
	}
	if w.e == nil || !w.e.month {
		return false
	}
	if p.fold(j) == "may" && !p.toks[j].upper {
		return false
	}
	return true
}

// hijriAfter reports whether "هـ" or a year marker follows at k.
func (p *parser) hijriAfter(k int) bool {
	if !p.isWord(k) || !p.near(k) {
		return false
	}
	switch p.fold(k) {
	case "ه":
		return true
	case "م":
		return k > 0 && p.toks[k-1].kind == tkDigits && yearLike(atoi(p.digits(k-1)))
	}
	return false
}

// pluralBefore reports whether a plural counted noun heads the number at
// token k within three words of the same sentence.
func (p *parser) pluralBefore(k int) bool {
	return p.pluralHead(k) != nil
}

// pluralHead returns the plural counted noun that heads the number at
// token k ("أعضاء المجلس البلدي الـ 41", "النقاط السبع"), or nil.
func (p *parser) pluralHead(k int) *entry {
	sent := p.toks[k].sent
	for j, hops := k-1, 0; j >= 0 && hops < 3 && p.toks[j].sent == sent; j-- {
		if !p.isWord(j) {
			return nil
		}
		hops++
		w := p.look(j)
		if w.e == nil {
			continue
		}
		if w.e.ref || w.e.ord || w.e.time {
			return nil
		}
		if w.e.plural {
			return w.e
		}
	}
	return nil
}

// rangeEnd reads the upper end of a range after the number ending at end.
func (p *parser) rangeEnd(start, end int, sq seq) (float64, float64, int, bool) {
	if !p.near(end) || end+1 >= len(p.toks) || !p.near(end+1) {
		return 0, 0, 0, false
	}
	before := ""
	if j := start - 1; p.isWord(j) && p.near(start) {
		before = p.fold(j)
		if p.toks[j].arabic {
			before = strings.TrimPrefix(before, arWaw)
		}
	}
	conn := ""
	switch {
	case p.isWord(end):
		conn = p.fold(end)
	case p.isPunct(end, '-', '–'):
		conn = "-"
	default:
		return 0, 0, 0, false
	}
	switch conn {
	case "و", "and", "et":
		if before != "بين" && before != "between" && before != "entre" {
			return 0, 0, 0, false
		}
	case "to", "a", "الي":
		if before != "from" && before != "de" && before != "من" {
			return 0, 0, 0, false
		}
	case "-":
		if !sq.first.digits || !sq.first.num.isInt || sq.comps != 1 || yearLike(int(sq.value)) {
			return 0, 0, 0, false
		}
	default:
		return 0, 0, 0, false
	}
	if p.toks[end+1].kind == tkDigits && len(p.digits(end+1)) > maxDigits {
		return 0, 0, 0, false
	}
	sq2 := p.sequence(end + 1)
	if !sq2.ok || sq2.value <= sq.value || sq2.words != sq.words {
		return 0, 0, 0, false
	}
	if sq.scale == 0 && sq2.scale > 0 && sq.value*sq2.scale < sq2.value {
		// "between 2 and 3 million": the scale belongs to both.
		return sq2.value, sq2.scale, sq2.end, true
	}
	return sq2.value, 1, sq2.end, true
}

// afterName reports whether a capitalised Latin word that does not open
// its sentence comes right before token k: the number then ends a name.
func (p *parser) afterName(k int) bool {
	j := k - 1
	if p.isPunct(j, '&') {
		j--
	}
	if !p.isWord(j) || p.toks[j].arabic || !p.toks[j].upper || !p.near(k) || p.toks[k].gap == gapWide {
		return false
	}
	if j == 0 || p.toks[j-1].sent != p.toks[j].sent || p.isPunct(j-1, '"', '“', '«', '(') {
		return false // the capital may only open a sentence
	}
	if w := p.look(j); w.e != nil && !(p.glued(j) && p.isPunct(j-1, '-')) {
		return false // a known word: month, approximation, currency; not "PML-N"
	}
	return true
}

// stampEnd returns the token after a machine timestamp that holds token k,
// or -1: a run of digits glued by "-", ":", "+", ".", "/" and letters such as T
// or Z ("2024-03-08T14:05:09+01:00", "+5:30") with a clock in it.
// Timestamps that a page glues to each other make numbers of no meaning
// ("+02:002024-…"); none of their pieces is a figure.
func (p *parser) stampEnd(k int) int {
	stampPiece := func(j int) bool {
		t := &p.toks[j]
		switch t.kind {
		case tkDigits:
			return true
		case tkPunct:
			return t.r == '-' || t.r == ':' || t.r == '+' || t.r == '.' || t.r == '/'
		}
		return !t.arabic && t.e-t.s <= 2 && t.upper // T, Z, PM
	}
	s := k
	for hops := 0; hops < 32 && s > 0 && p.glued(s) && stampPiece(s-1); hops++ {
		s--
	}
	e := k + 1
	for hops := 0; hops < 32 && e < len(p.toks) && p.glued(e) && stampPiece(e); hops++ {
		e++
	}
	groups, colons, plus := 0, 0, false
	for j := s; j < e; j++ {
		switch {
		case p.toks[j].kind == tkDigits:
			groups++
		case p.isPunct(j, ':'):
			colons++
		case p.isPunct(j, '+'):
			plus = true
		}
	}
	// A clock and more: "14:05:09", "2024-03-08T14:05", a clock glued to
	// a date ("13:369/09/2023"); or a UTC offset "+5:30".
	if colons > 0 && (groups >= 3 || plus && groups >= 2) {
		return e
	}
	return -1
}

// datelineEnd returns the token after a day and a month written as
// numbers in a dateline ("CITY - 5 - 11 (AGENCY)", "CITY, 5/11 -"), or -1.
// The pair must be followed by a bracket or a dash, and must open its line
// or follow a dash or a comma after the place name; the place must open
// the line unless an agency tag in brackets follows the pair.
func (p *parser) datelineEnd(k int) int {
	n := len(p.toks)
	if k+2 >= n || !p.isPunct(k+1, '-', '/', '.', '–') || !p.near(k+1) || p.toks[k+2].kind != tkDigits || !p.near(k+2) {
		return -1
	}
	d, m := p.digits(k), p.digits(k+2)
	if len(d) > 2 || len(m) > 2 || atoi(d) < 1 || atoi(d) > 31 || atoi(m) < 1 || atoi(m) > 12 {
		return -1
	}
	e := k + 3
	if !p.isPunct(e, '(', '-', '–', '—', ':') || !p.near(e) {
		return -1
	}
	if p.toks[k].line {
		return e
	}
	if !p.isPunct(k-1, '-', '–', '—', ',', '،') {
		return -1
	}
	// An agency tag in brackets after the pair: "- 5 - 11 (وام)".
	if p.isPunct(e, '(') {
		for j := e + 1; j < e+5 && p.isWord(j) && p.near(j); j++ {
			if p.isPunct(j+1, ')') {
				return j + 2
			}
		}
	}
	// The place before the dash: at most four words from the line start.
	for j, words := k-2, 0; j >= 0; j-- {
		if !p.isWord(j) {
			return -1
		}
		if words++; words > 4 {
			return -1
		}
		if p.toks[j].line {
			return e
		}
	}
	return -1
}

// weekdayBefore reports whether a weekday name comes right before token k
// ("lundi 12", "الخميس 7"), in Arabic and French text, where the day
// number follows the weekday.
func (p *parser) weekdayBefore(k int) bool {
	if !p.isWord(k-1) || !p.near(k) || p.toks[k].gap == gapWide {
		return false
	}
	if p.lang == 1 || !p.toks[k-1].arabic && p.lang != 2 {
		return false
	}
	w := p.look(k - 1)
	return w.e != nil && w.e.wday
}

// dayEnds reports whether what follows a day number at token k ends the
// date: punctuation other than a percent sign, the end of the text, a
// connector to a second day ("au", "و", "حتى"), a word for the current
// month ("الجاري", "courant") or "و" and a verb. Any other word may be the
// noun the number counts ("الخميس 15 عقدا").
func (p *parser) dayEnds(k int) bool {
	if k >= len(p.toks) || !p.near(k) {
		return true
	}
	if p.toks[k].kind == tkPunct {
		return !p.isPunct(k, '%', '٪')
	}
	if !p.isWord(k) {
		return false
	}
	switch p.fold(k) {
	case "au", "a", "et", "jusqu", "و", "الي", "حتي", "الجاري", "courant", "dernier", "prochain":
		return true
	}
	// "و" and a verb ("وتستمر", "ويبدأ", "وانطلقت"): the clause goes on.
	if f, ok := strings.CutPrefix(p.fold(k), "و"); ok && utf8.RuneCountInString(f) >= 3 {
		switch r, _ := utf8.DecodeRuneInString(f); r {
		case 'ت', 'ي', 'ن', 'ا':
			return true
		}
	}
	return false
}

// isMagnitude reports whether the number from token s to end is an
// earthquake magnitude: after "magnitude", "بقوة" (also "magnitude de",
// "magnitude of"), before "magnitude" or "de magnitude", or before a
// mention of the Richter scale in its sentence. An Arabic strength word
// with a unit other than degrees after the number ("بقوة 300 ميغاواط") is
// a power, not a magnitude.
func (p *parser) isMagnitude(s, end int) bool {
	j := s - 1
	if p.isWord(j) && p.near(s) {
		switch p.fold(j) {
		case "de", "of", "a":
			if p.isWord(j-1) && p.near(j) {
				j--
			}
		}
	}
	if w := p.look(j); w.e != nil && w.e.mag && p.near(j+1) {
		if !p.toks[j].arabic {
			return true
		}
		u, _, _ := p.unitAfter(end)
		return u == nil || u.unit == "degrees"
	}
	e := end
	if p.isWord(e) && p.near(e) && (p.fold(e) == "de" || p.fold(e) == "of") {
		e++
	}
	if w := p.look(e); w.e != nil && w.e.mag && p.near(e) && !p.toks[e].arabic {
		return true
	}
	if u, _, _ := p.unitAfter(end); u != nil && u.unit != "degrees" {
		return false // "12 personnes … sur l'échelle de Richter": a count
	}
	sent := p.toks[end-1].sent
	for i := end; i < end+6 && i < len(p.toks) && p.toks[i].sent == sent; i++ {
		if w := p.look(i); w.e != nil && w.e.scale {
			return true
		}
	}
	return false
}

// ageAfterName reports whether the bare number from token s to end sits
// between commas right after a capitalised Latin word, as English and
// French papers give a person's age: "Lena Ortiz, 34, of Tucson".
func (p *parser) ageAfterName(s, end int, sq seq) bool {
	if sq.comps != 1 || !sq.first.num.isInt || sq.first.num.hasSep || sq.value < 1 || sq.value > 120 {
		return false
	}
	if !p.isPunct(s-1, ',') || !p.glued(s-1) || !p.near(s) || !p.isPunct(end, ',') || !p.glued(end) {
		return false
	}
	j := s - 2
	if p.isPunct(j, '.') && p.glued(j) {
		j-- // "Jr., 55,"
	}
	return p.isWord(j) && !p.toks[j].arabic && p.toks[j].upper
}

// typoYear reports whether the digits at token k are a year mistyped with
// a digit too many after "in", "en", "في" or a year word ("completion in
// 20121"): five digits starting with 20 count nothing there.
func (p *parser) typoYear(k int) bool {
	d := p.digits(k)
	if len(d) != 5 || d[:2] != "20" || !p.isWord(k-1) || !p.near(k) || p.toks[k].gap == gapWide {
		return false
	}
	if k+1 < len(p.toks) && p.isPunct(k+1, ',', '.', '٬', '٫') && p.glued(k+1) && k+2 < len(p.toks) && p.toks[k+2].kind == tkDigits && p.glued(k+2) {
		return false // part of a longer number
	}
	switch p.fold(k - 1) {
	case "in", "en", "في", "by", "since", "depuis", "until", "jusqu":
		return true
	}
	w := p.look(k - 1)
	return w.e != nil && w.e.year
}

// gluedMonth reports whether Arabic word token j is a month name with the
// word for this, next or last month glued to it ("يوليوالجاري").
func (p *parser) gluedMonth(j int) bool {
	f := p.fold(j)
	for _, suf := range [...]string{"الجاري", "المقبل", "الماضي", "القادم"} {
		if m, ok := strings.CutSuffix(f, suf); ok && m != "" {
			v, ok := p.lx.arabic[m]
			return ok && v.e != nil && v.e.month && !v.conj && !v.art
		}
	}
	return false
}
