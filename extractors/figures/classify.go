package figures

import (
	"math"
	"strings"
	"unicode/utf8"
)

// maxMentions bounds the figures of one document; no article quotes more,
// and it keeps the duplicate check cheap on hostile input.
const maxMentions = 512

// run scans the tokens for numbers and classifies each one.
func (p *parser) run() {
	for k := 0; k < len(p.toks) && len(p.ms) < maxMentions; {
		switch p.toks[k].kind {
		case tkDigits:
			k = p.digitsAt(k)
		case tkWord:
			k = p.wordsAt(k)
		default:
			k++
		}
	}
}

// skipChain returns the token after a run of digit groups joined by
// separators, spaces or dashes (a phone number, an overlong number).
func (p *parser) skipChain(k int) int {
	k++
	for k < len(p.toks) {
		t := &p.toks[k]
		if t.kind == tkDigits && (t.gap == gapNone || t.gap == gapSpace) {
			k++
			continue
		}
		if t.kind == tkPunct && t.gap == gapNone && (isNumSep(t.r) || t.r == '-' || t.r == '/' || t.r == ':') && k+1 < len(p.toks) && p.toks[k+1].kind == tkDigits {
			k++
			continue
		}
		break
	}
	return k
}

// digitsAt handles a number written in digits at token k and returns the
// token to go on from.
func (p *parser) digitsAt(k int) int {
	t := &p.toks[k]
	n := len(p.toks)
	d := p.digits(k)
	if len(d) > maxDigits {
		return p.skipChain(k)
	}
	if e := p.stampEnd(k); e >= 0 {
		return e // 2024-03-08T14:05:09+01:00
	}
	// Glued to a Latin word or code (COP28, G20, F-16): a name, unless
	// the word is a currency code (USD1.2bn).
	if p.glued(k) && p.isWord(k-1) && !p.toks[k-1].arabic {
		if w := p.look(k - 1); w.e == nil || w.e.cur == "" || !w.e.code || !p.toks[k-1].upper {
			return p.skipChain(k)
		}
	}
	if p.glued(k) && p.isPunct(k-1, '-') && p.glued(k-1) && p.isWord(k-2) {
		return p.skipChain(k) // F-16, كوفيد-19
	}
	// An exponent glued to a unit: م2، كم2.
	if p.glued(k) && p.isWord(k-1) && p.toks[k-1].arabic {
		switch p.fold(k - 1) {
		case "م", "كم", "سم":
			return k + 1
		}
	}
	// Phone numbers: "+" and seven digits or more, or a leading zero
	// followed by more groups.
	if p.glued(k) && p.isPunct(k-1, '+') {
		if e, nd := p.phoneEnd(k); nd >= 7 {
			return e
		}
		if k >= 2 && p.glued(k-1) && (p.isWord(k-2) || p.toks[k-2].kind == tkDigits) {
			return k + 1 // P5+1
		}
	}
	if d[0] == '0' && len(d) >= 2 && k+1 < n && (p.toks[k+1].kind == tkDigits && p.toks[k+1].gap == gapSpace || p.isPunct(k+1, '-', '.') && p.glued(k+1) && k+2 < n && p.toks[k+2].kind == tkDigits && p.glued(k+2)) {
		if groups := p.chainLen(k); groups >= 3 {
			return p.skipChain(k)
		}
	}
	// A leading zero without a decimal mark (0300, 07) is a code, a
	// time or a date part, not a quantity.
	if d[0] == '0' && len(d) >= 2 && !p.isPunct(k+1, ':') {
		return p.skipChain(k)
	}
	// Clock times: 19:00, 16:40, 16h30.
	if len(d) <= 2 && p.isPunct(k+1, ':') && p.glued(k+1) && k+2 < n && p.toks[k+2].kind == tkDigits && p.glued(k+2) && len(p.digits(k+2)) == 2 {
		e := k + 3
		if p.isPunct(e, ':') && p.glued(e) && e+1 < n && p.toks[e+1].kind == tkDigits && p.glued(e+1) {
			e += 2
		}
		return e
	}
	if len(d) <= 2 && p.isWord(k+1) && p.glued(k+1) && p.fold(k+1) == "h" {
		if k+2 < n && p.toks[k+2].kind == tkDigits && p.glued(k+2) {
			return k + 3
		}
		return k + 2
	}
	if e := p.datelineEnd(k); e >= 0 {
		return e // CITY - 5 - 11 (AGENCY)
	}
	// Numeric dates: 19/06/2023, 06-09-2014, 2023-06-19, 26/02.
	if k+2 < n && p.isPunct(k+1, '/', '-', '.') && p.glued(k+1) && p.toks[k+2].kind == tkDigits && p.glued(k+2) {
		sep := p.toks[k+1].r
		d2 := p.digits(k + 2)
		if k+4 < n && p.isPunct(k+3, sep) && p.glued(k+3) && p.toks[k+4].kind == tkDigits && p.glued(k+4) {
			d3 := p.digits(k + 4)
			if (len(d) <= 2 && len(d2) <= 2 && (len(d3) == 4 || len(d3) == 2)) || (len(d) == 4 && len(d2) <= 2 && len(d3) <= 2) {
				return k + 5
			}
		}
		if sep == '/' && len(d) <= 2 && len(d2) <= 2 && atoi(d) <= 31 && atoi(d2) <= 31 {
			return k + 3
		}
	}
	// Spaced numeric dates: "19 - 06 - 2023", "2023 / 6 / 19".
	if k+4 < n && p.isPunct(k+1, '/', '-', '.') && p.toks[k+1].gap == gapSpace && p.toks[k+2].kind == tkDigits && p.toks[k+2].gap == gapSpace &&
		p.isPunct(k+3, p.toks[k+1].r) && p.toks[k+3].gap == gapSpace && p.toks[k+4].kind == tkDigits && p.toks[k+4].gap == gapSpace {
		d2, d3 := p.digits(k+2), p.digits(k+4)
		if len(d) <= 2 && len(d2) <= 2 && len(d3) == 4 || len(d) == 4 && len(d2) <= 2 && len(d3) <= 2 {
			return k + 5
		}
	}
	// Year ranges: 2024-2029, 1447 / 1448هـ, 2019/20.
	if len(d) == 4 && yearLike(atoi(d)) {
		e := k + 1
		if p.isPunct(e, '-', '/', '–') && p.near(e) && e+1 < n && p.toks[e+1].kind == tkDigits && p.near(e+1) {
			d2 := p.digits(e + 1)
			if len(d2) == 4 && yearLike(atoi(d2)) || len(d2) == 2 && p.glued(e+1) {
				return e + 2
			}
		}
	}
	// Three groups or more joined by dashes that are not a date: a phone
	// number or a code (555-014-2290).
	if k+4 < n && p.isPunct(k+1, '-') && p.glued(k+1) && p.toks[k+2].kind == tkDigits && p.glued(k+2) && p.isPunct(k+3, '-') && p.glued(k+3) && p.toks[k+4].kind == tkDigits && p.glued(k+4) {
		return p.skipChain(k)
	}
	// Scores: 2-1, 3-0 (a range goes up: 10-20).
	if len(d) <= 2 && k+2 < n && p.isPunct(k+1, '-', '–', ':') && p.glued(k+1) && p.toks[k+2].kind == tkDigits && p.glued(k+2) && len(p.digits(k+2)) <= 2 && atoi(p.digits(k+2)) <= atoi(d) && !t.line {
		return k + 3
	}
	// List numbers at the start of a line: "1-", "2.", "3)".
	if t.line && k+2 < n && p.isPunct(k+1, '-', '.', ')', '–') && p.glued(k+1) && p.toks[k+2].kind != tkDigits {
		return k + 2
	}
	if p.typoYear(k) {
		return k + 1
	}
	if nb := p.assemble(k); nb.bad {
		return nb.end
	}
	// After a currency symbol, "m", "k" and "b" are scales: "€130m".
	cur, _ := p.currencyBefore(k)
	p.letterScale = cur != ""
	sq := p.sequence(k)
	p.letterScale = false
	if !sq.ok {
		return p.skipChain(k)
	}
	return p.classify(k, sq)
}

// phoneEnd reads a phone number from token k on: digit groups with
// spaces, dashes, dots and brackets between them. It returns the token
// after it and the number of digits.
func (p *parser) phoneEnd(k int) (int, int) {
	nd, j := 0, k
	for ; j < len(p.toks) && j < k+40; j++ {
		t := &p.toks[j]
		if j > k && t.gap != gapNone && t.gap != gapSpace {
			break
		}
		if t.kind == tkDigits {
			nd += len(p.digits(j))
			continue
		}
		if t.kind == tkPunct && (t.r == '(' || t.r == ')' || t.r == '-' || t.r == '.' || t.r == '/') && j+1 < len(p.toks) && (p.toks[j+1].kind == tkDigits || t.r == ')' || p.isPunct(j+1, '(')) {
			continue
		}
		break
	}
	return j, nd
}

// chainLen counts digit groups joined by single spaces, dashes or dots.
func (p *parser) chainLen(k int) int {
	groups := 1
	for j := k + 1; j < len(p.toks) && groups < 32; {
		if p.toks[j].kind == tkDigits && p.toks[j].gap == gapSpace {
			groups++
			j++
			continue
		}
		if p.isPunct(j, '-', '.', ' ') && p.glued(j) && j+1 < len(p.toks) && p.toks[j+1].kind == tkDigits && p.glued(j+1) {
			groups++
			j += 2
			continue
		}
		break
	}
	return groups
}

func atoi(s string) int {
	v := 0
	for i := 0; i < len(s) && i < 9; i++ {
		v = v*10 + int(s[i]-'0')
	}
	return v
}

// yearLike reports whether v reads as a Gregorian or Hijri year.
func yearLike(v int) bool { return v >= 1300 && v <= 2100 }

// wordsAt handles a possible number written in words at token k.
func (p *parser) wordsAt(k int) int {
	w := p.look(k)
	if w.e == nil || w.e.cls == clsNone {
		return k + 1
	}
	sq := p.sequence(k)
	if !sq.ok {
		return k + 1
	}
	return p.classify(k, sq)
}

// classify decides whether the number sq starting at token k is a figure,
// and of what; it returns the token to go on from.
func (p *parser) classify(k int, sq seq) int {
	m := mention{s: k, ns: k, ne: sq.end, e: sq.end, value: sq.value, scale: sq.scale, words: sq.words, sent: p.toks[k].sent}
	if sq.article && sq.scale > 0 && p.isWord(k-1) && p.fold(k-1) == "half" && p.near(k) {
		m.value /= 2 // half a million
		m.s = k - 1
	}
	end := sq.end
	digits := sq.first.digits
	// Prefix: the article (الـ 41), a currency symbol or code.
	art := sq.art
	if digits && p.isWord(k-1) && p.toks[k-1].arabic && p.fold(k-1) == arAl && p.near(k) {
		art = true
		m.s = k - 1
	}
	if digits && p.isPunct(k-1, '(') && p.glued(k) && p.isWord(k-2) && p.toks[k-2].arabic && p.fold(k-2) == arAl && p.glued(k-1) {
		art = true // القمة العربية الـ(33)
		m.s = k - 2
	}
	if cur, s := p.currencyBefore(m.s); cur != "" {
		m.cur, m.kind, m.s = cur, kindMoney, s
	}
	// A reference number: رقم 5، law 12, n° 3.
	ord := false
	if e := p.refBefore(m.s); e != nil {
		if e.ref {
			if digits {
				return p.refListEnd(max(end, p.skipChain(k)))
			}
			return end
		}
		ord = true // الدورة 142: an ordinal unless a noun follows
	}
	// A date: "June 19", "Nov. 20".
	if digits && sq.comps == 1 && p.monthBefore(m.s) && m.cur == "" {
		return end
	}
	// A Hijri year after a two-word month: "12 ربيع الأول 1446".
	if digits && sq.comps == 1 && !sq.first.num.hasSep && sq.first.num.ndig == 4 && sq.value >= 1300 && sq.value <= 1600 && p.isWord(m.s-1) && p.monthBefore(m.s-1) {
		return end
	}
	// A day after a weekday: "du lundi 12 au jeudi 15", "الخميس 7".
	if digits && sq.comps == 1 && m.cur == "" && sq.first.num.isInt && sq.value >= 1 && sq.value <= 31 && p.weekdayBefore(m.s) && p.dayEnds(end) {
		return end
	}
	if _, e := p.phraseBefore(m.s, func(e *entry) bool { return e.approx }); e != nil || sq.approx {
		m.approx = true
	}
	// Glued suffixes: 8th, 18e, 1447هـ, 2025م, 1990s, 329-member, four-year.
	if p.glued(end) && p.isWord(end) {
		switch f := p.fold(end); f {
		case "th", "st", "nd", "rd", "e", "er", "re", "ere", "eme", "ieme", "em", "me", "s", "ه":
			return end + 1
		case "م":
			if sq.comps == 1 && digits && yearLike(int(sq.value)) {
				return end + 1
			}
		}
	}
	// A Latin word glued after the digits that says nothing we know makes a
	// name: 5G, 3D, 4K.
	if p.glued(end) && p.isWord(end) && !p.toks[end].arabic {
		if w := p.look(end); w.e == nil {
			return end + 1
		}
	}
	if p.isPunct(end, '-') && p.glued(end) && p.isWord(end+1) && p.glued(end+1) {
		w := p.look(end + 1)
		if w.e != nil && (w.e.time || w.e.mag) {
			return end + 2 // four-year, 7-magnitude
		}
		if w.e != nil && w.e.unit != "" {
			m.unit, m.noun, m.what = w.e.unit, w.e.unit, p.raw(end+1)
			m.e = end + 2
			if w.e.qty {
				m.kind = kindQuantity
			}
			p.add(m, art, sq)
			return end + 2
		}
		if w.e != nil && w.e.pct {
			m.kind, m.unit, m.e = kindPercent, "percent", end+2 // a 30-percent rise
			p.add(m, art, sq)
			return end + 2
		}
		if w.e == nil && !p.toks[end+1].arabic || w.e != nil && w.e.cur != "" {
			return end + 2 // five-star, two-state, billion-dollar: part of a word
		}
	}
	// Ranges: بين 10 و20، between 10 and 20, from 10 to 20, 10-20.
	if mx, mul, e2, ok := p.rangeEnd(m.s, end, sq); ok {
		m.value *= mul
		m.maxValue, m.hasMax = mx, true
		m.ne, end = e2, e2
	}
	// Dates and durations after the number.
	if p.dateAfter(end) || p.hijriAfter(end) {
		return end
	}
	// Minutes after an hour ("0 heures 30", "الساعة 10 و30"), a rating
	// ("76 / 100"), "tous deux".
	if digits && sq.value < 60 && p.isWord(m.s-1) && p.near(m.s) {
		if w := p.look(m.s - 1); w.e != nil && w.e.time && (strings.HasPrefix(p.fold(m.s-1), "heure") || p.fold(m.s-1) == "h") {
			return end
		}
	}
	if digits && p.isPunct(end, '/') && p.toks[end].gap == gapSpace && end+1 < len(p.toks) && p.toks[end+1].kind == tkDigits && p.toks[end+1].gap == gapSpace {
		return end + 2
	}
	if !digits && p.isWord(m.s-1) && p.near(m.s) {
		switch p.fold(m.s - 1) {
		case "tous", "toutes":
			return end
		}
	}
	if w := p.look(end); w.e != nil && w.e.time && p.near(end) {
		return end + 1
	}
	if p.isWord(end) && p.near(end) && (p.fold(end) == "a" || p.fold(end) == "p") && p.isPunct(end+1, '.') && p.glued(end+1) && p.isWord(end+2) && p.fold(end+2) == "m" && p.glued(end+2) {
		return end + 3 // 10 a.m.
	}
	// Areas and volumes: 10500 م2، 40 كم2، 3 m3 written with a unit and
	// an exponent.
	if p.isWord(end) && p.near(end) && p.toks[end].gap != gapWide && end+1 < len(p.toks) && p.toks[end+1].kind == tkDigits && p.glued(end+1) {
		if e2 := p.digits(end + 1); e2 == "2" || e2 == "3" {
			unit := ""
			switch p.fold(end) {
			case "م", "m":
				unit = "m" + e2
			case "كم", "km":
				unit = "km" + e2
			}
			if unit != "" {
				m.kind, m.unit, m.noun, m.e = kindQuantity, unit, unit, end+2
				p.add(m, art, sq)
				return end + 2
			}
		}
	}
	// Degrees: 45°C, 45 °.
	if p.isPunct(end, '°') && p.near(end) && p.toks[end].gap != gapWide {
		e2 := end + 1
		if p.isWord(e2) && p.glued(e2) && (p.fold(e2) == "c" || p.fold(e2) == "f") {
			e2++
		}
		m.kind, m.unit, m.e = kindQuantity, "degrees", e2
		p.add(m, art, sq)
		return e2
	}
	// Percent, also written before the number in Arabic text ("%41").
	if p.isPunct(m.s-1, '%', '٪') && p.glued(m.s) && m.cur == "" && !p.isPunct(end, '%', '٪') && (p.lang == 0 || p.toks[k].arabic) {
		m.kind, m.unit, m.s = kindPercent, "percent", m.s-1
		p.add(m, art, sq)
		return end
	}
	if p.isPunct(end, '%', '٪') && p.near(end) && p.toks[end].gap != gapWide {
		m.kind, m.unit, m.e = kindPercent, "percent", end+1
		p.add(m, art, sq)
		return end + 1
	}
	if p.near(end) {
		if e2, e := p.phraseAt(end, func(e *entry) bool { return e.pct }); e != nil {
			m.kind, m.unit, m.e = kindPercent, "percent", e2
			p.add(m, art, sq)
			return e2
		}
	}
	// Currency after: "مليون دولار", "millions d'euros", "US dollars", "MDH".
	// "(1,250,000,000) ريال", "(245) حقيبة": the word after the bracket.
	after := end
	if p.isPunct(end, ')') && p.glued(end) && p.isPunct(m.ns-1, '(') && p.glued(m.ns) && p.near(end+1) {
		after = end + 1
	}
	// "(15) مليون ريال": the scale after the bracket.
	if after > end {
		if w := p.look(after); w.e != nil && w.e.cls == clsScale && p.near(after) && !p.toks[after].upper && p.nounAfter(after+1) {
			m.value *= w.e.num
			m.scale = max(m.scale, w.e.num)
			after++
			m.e = after
		}
	}
	// "quatre milliards (4 000 000 000) de F CFA": the same amount said
	// again in digits in brackets is part of this figure, not another one.
	restated := false
	if after == end && !digits {
		if e2 := p.restatedEnd(end, m.value); e2 > end {
			after, restated = e2, true
		}
	}
	p.lastFamily = ""
	if cur, mul, e2 := p.currencyAfter(after); cur != "" {
		m.cur, m.kind, m.e, m.fam = cur, kindMoney, e2, p.lastFamily
		if after > end && m.s == m.ns && !restated {
			m.s-- // keep the brackets together
		}
		if mul > 0 {
			m.value *= mul
			m.maxValue *= mul
			m.scale = mul
		}
		p.add(m, art, sq)
		return e2
	}
	if m.kind == kindMoney {
		p.add(m, art, sq)
		return after
	}
	if restated {
		end, m.e = after, after
	}
	// Earthquake magnitudes are not figures: "magnitude 6.2", "بقوة 6.2
	// درجة", "5,8 sur l'échelle de Richter".
	if p.isMagnitude(m.s, end) {
		if u, ue, _ := p.unitAfter(after); u != nil && u.unit == "degrees" {
			return ue
		}
		return end
	}
	// Years: a four-digit number from 1900 to 2100 (or after "عام",
	// "in", "depuis") with no noun after it.
	if digits && sq.comps == 1 && !sq.first.num.hasSep && sq.first.num.ndig == 4 && !m.hasMax && p.yearAt(m.s, int(sq.value)) {
		if unit, _, _ := p.unitAfter(end); unit == nil || unit == plainNoun {
			return end // "in 2019", "the 2023 elections"
		}
	}
	// Counted noun.
	if u, ue, uk := p.unitAfter(after); u != nil {
		if u.time {
			return ue
		}
		if u == plainNoun && digits && m.cur == "" && p.afterName(m.s) {
			return ue // Windows 11 updates: a name
		}
		m.unit, m.noun, m.what, m.e = u.unit, u.unit, p.raw(uk), ue
		if u == plainNoun {
			m.unit = strings.ToLower(p.raw(uk))
			m.noun = m.unit
		}
		if after > end && m.s == m.ns {
			m.s-- // keep the brackets together
		}
		if m.noun == "others" {
			m.noun = ""
		}
		if u.qty {
			m.kind = kindQuantity
		}
		if sq.weak && !u.weakOK {
			return ue
		}
		if m.scale >= 1e6 && fewUnits[m.unit] {
			// "3 مليارات مشروعات": billions of projects is an amount
			// for projects; leave it bare so it can take a currency.
			m.unit, m.noun, m.what, m.kind, m.e = "", "", "", kindCount, end
			p.add(m, art, sq)
			return ue
		}
		p.refineUnit(&m)
		p.add(m, art, sq)
		return ue
	}
	// "one each", "cinq chacun": a share of the list's unit.
	if p.isWord(end) && p.near(end) && !ord && m.cur == "" {
		switch p.fold(end) {
		case "each", "apiece", "chacun", "chacune":
			m.unit = p.listUnit(m.sent)
			m.noun = m.unit
			p.add(m, false, sq)
			return end + 1
		}
	}
	// A bare number.
	if sq.weak || ord {
		return end
	}
	if m.cur == "" && p.afterName(m.s) || !digits && m.cur == "" && p.isWord(m.s-1) && p.toks[m.s-1].upper && p.near(m.s) {
		// "PTI 118, PMN 61": a party and its result in a results list.
		if u := p.resultsEntry(m.s, end, sq); u != "" {
			m.kind, m.unit, m.noun = kindCount, u, u
			if u == "percent" {
				m.kind = kindPercent
			}
			p.add(m, false, sq)
			return end
		}
		if digits {
			return end // Boeing 737, S&P 500, Destiny 2: part of a name
		}
	}
	if digits && p.ageAfterName(m.s, end, sq) {
		return end // "Lena Ortiz, 34, of Tucson": an age
	}
	if u, _, uk := p.partOf(end); u != nil {
		// "22.2 million out of 27 million Yemenis": the noun of the whole.
		m.unit, m.noun, m.what = u.unit, u.unit, p.raw(uk)
		if u == plainNoun {
			m.unit = strings.ToLower(p.raw(uk))
			m.noun = m.unit
		}
	}
	if p.percentFollows(end) {
		m.kind, m.unit = kindPercent, "percent" // "de 6,1 à 5%", "من 3 إلى 4%"
		p.add(m, art, sq)
		return end
	}
	if m.unit == "" && m.scale == 0 && m.value != math.Trunc(m.value) {
		return end // a bare 13.5 counts nothing whole
	}
	if art {
		h := p.pluralHead(m.s)
		switch {
		case h != nil:
			m.unit, m.noun = h.unit, h.unit // أعضاء المجلس الـ 41
		case !digits && sq.value >= 3 && p.definiteBefore(m.s):
			// "الجيوش الثلاثة": a number word agreeing with the definite
			// noun before it counts that noun.
			m.what = p.raw(m.s - 1)
			p.add(m, false, sq)
			return end
		default:
			return end // الدورة الـ118, الذكرى الـ 75: an ordinal
		}
	}
	p.refineUnit(&m)
	p.add(m, art, sq)
	return end
}

// add records a mention.
func (p *parser) add(m mention, art bool, sq seq) {
	// "162 شخصا على الأقل", "18 morts au moins": approximate.
	if m.e+1 < len(p.toks) && p.near(m.e) && p.isWord(m.e) && p.isWord(m.e+1) {
		a, b := p.fold(m.e), p.fold(m.e+1)
		if a == "علي" && b == "الاقل" || a == "au" && b == "moins" || a == "at" && b == "least" || a == "or" && b == "more" || a == "et" && b == "plus" {
			m.approx = true
		}
	}
	if art && m.unit == "" && m.kind == kindCount && !p.pluralBefore(m.s) {
		return
	}
	switch {
	case m.kind == kindMoney || m.kind == kindPercent:
		m.conf = 0.9
	case m.unit != "":
		m.conf = 0.8
	default:
		m.conf = 0.5
	}
	if m.kind == kindPercent && m.value > 1000 {
		return
	}
	p.ms = append(p.ms, m)
}

// restatedEnd returns the token after "(digits)" at token k when the
// digits say the amount v again, or k: "cinq millions (5 000 000)".
func (p *parser) restatedEnd(k int, v float64) int {
	if !p.isPunct(k, '(') || !p.near(k) || k+1 >= len(p.toks) || p.toks[k+1].kind != tkDigits || !p.glued(k+1) {
		return k
	}
	nb := p.assemble(k + 1)
	if !nb.ok || !p.isPunct(nb.end, ')') || !p.glued(nb.end) || math.Abs(nb.value-v) > v*0.005 {
		return k
	}
	return nb.end + 1
}

// definiteBefore reports whether an Arabic noun with the article, which
// is not a unit of time, an ordinal head or a reference word, comes right
// before token k in the same sentence.
func (p *parser) definiteBefore(k int) bool {
	j := k - 1
	if !p.isWord(j) || !p.toks[j].arabic || !p.near(k) || p.toks[j].sent != p.toks[k].sent {
		return false
	}
	f := p.fold(j)
	if !strings.HasPrefix(f, arAl) && !strings.HasPrefix(f, arWaw+arAl) && !strings.HasPrefix(f, arBa+arAl) {
		return false
	}
	if utf8.RuneCountInString(f) < 5 {
		return false
	}
	w := p.look(j)
	return w.e == nil || !(w.e.time || w.e.ord || w.e.ref || w.e.month || w.e.wday || w.e.cls != clsNone)
}

// refListEnd returns the token after the reference numbers that follow
// the first one at k: "articles 12 et 13", "الفصلين 47 و88", sub-clauses
// glued in brackets as in "article 62(1)(f)".
func (p *parser) refListEnd(k int) int {
	for hops := 0; hops < 8 && k+1 < len(p.toks); hops++ {
		if p.isPunct(k, '(') && p.glued(k) && (p.toks[k+1].kind == tkDigits || p.isWord(k+1)) && p.glued(k+1) && p.isPunct(k+2, ')') && p.glued(k+2) {
			k += 3
			continue
		}
		j := k
		switch {
		case p.isPunct(j, ',', '،') && p.glued(j):
		case p.isWord(j) && p.near(j):
			switch p.fold(j) {
			case "و", "and", "et", "or", "ou", "او", "to", "a", "الي":
			default:
				return k
			}
		default:
			return k
		}
		if j+1 >= len(p.toks) || p.toks[j+1].kind != tkDigits || !p.near(j+1) || len(p.digits(j+1)) > 3 {
			return k
		}
		k = p.skipChain(j + 1)
	}
	return k
}

// seatText reports whether the text speaks of seats or election results,
// which makes "Party 12" a count of seats.
func (p *parser) seatText() bool {
	if p.seats == 0 {
		p.seats = -1
		for k := range p.toks {
			if !p.isWord(k) {
				continue
			}
			switch p.fold(k) {
			case "seats", "seat", "sieges", "siege", "results", "resultats", "مقعدا", "مقاعد", "المقاعد", "مقعد":
				p.seats = 1
				return true
			}
		}
	}
	return p.seats > 0
}

// listUnit returns the unit of the last count in sentence sent or the one
// before, or "seats" in a text about seats: "one each" shares it.
func (p *parser) listUnit(sent int32) string {
	for i := len(p.ms) - 1; i >= 0 && p.ms[i].sent >= sent-1; i-- {
		if p.ms[i].kind == kindCount && p.ms[i].unit != "" {
			return p.ms[i].unit
		}
	}
	if p.seatText() {
		return "seats"
	}
	return ""
}

// resultsEntry returns the unit of a number from token s to end that
// follows a party's name in a results list ("PTI 118, PMN 61", "the
// Frontier Party six"): "percent" for a decimal after a percentage in
// this or the previous sentence (a turnout list: "Punjab 48.11, Sindh
// 45.52"), "seats" for a whole number in a text about seats; "" otherwise.
// A list needs a second name and number in the sentence, or a number
// written in words.
func (p *parser) resultsEntry(s, end int, sq seq) string {
	if sq.value <= 0 || sq.value > 1000 || sq.scale > 0 || sq.comps > 3 {
		return ""
	}
	if !p.listEnds(end) {
		return ""
	}
	if sq.first.digits && !p.namePairs(s) {
		return ""
	}
	if sq.value != math.Trunc(sq.value) {
		if sq.value <= 100 && p.percentBefore(p.toks[s].sent) {
			return "percent"
		}
		return ""
	}
	if p.seatText() {
		return "seats"
	}
	return ""
}

// listEnds reports whether an item of a list ends at token k: a comma, a
// semicolon, a full stop, a bracket, "and", or the end of the line.
func (p *parser) listEnds(k int) bool {
	if k >= len(p.toks) || !p.near(k) {
		return true
	}
	if p.isPunct(k, ',', ';', '.', '،', '؛', ')', '(') {
		return true
	}
	if p.isWord(k) {
		switch p.fold(k) {
		case "and", "et", "while", "seats", "seat", "sieges":
			return true
		}
	}
	return false
}

// namePairs reports whether the sentence of token s holds another
// capitalised name followed by a number, in digits or a word.
func (p *parser) namePairs(s int) bool {
	sent := p.toks[s].sent
	pair := func(j int) bool {
		if p.isWord(j) && p.isWord(j-1) && p.toks[j-1].upper && p.near(j) {
			// "Awami National Party six": a number word after a name
			w := p.look(j)
			return w.e != nil && w.e.flags&flWeak == 0 && (w.e.cls == clsUnit || w.e.cls == clsTeen || w.e.cls == clsTen) && p.listEnds(j+1)
		}
		return p.toks[j].kind == tkDigits && p.isWord(j-1) && p.toks[j-1].upper && p.near(j) && p.listEnds(p.assemble(j).end)
	}
	for j := s - 1; j > 0 && j > s-60 && p.toks[j].sent == sent; j-- {
		if pair(j) {
			return true
		}
	}
	for j := s + 1; j < len(p.toks) && j < s+60 && p.toks[j].sent == sent; j++ {
		if pair(j) {
			return true
		}
	}
	return false
}

// percentBefore reports whether a percentage was found in sentence sent or
// the one before it.
func (p *parser) percentBefore(sent int32) bool {
	for i := len(p.ms) - 1; i >= 0 && p.ms[i].sent >= sent-1; i-- {
		if p.ms[i].kind == kindPercent {
			return true
		}
	}
	return false
}
