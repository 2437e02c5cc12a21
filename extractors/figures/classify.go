package figures

import "strings"

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
	// Glued to a Latin word or code (COP28, G20, F-16): a name.
	if p.glued(k) && p.isWord(k-1) && !p.toks[k-1].arabic {
		return p.skipChain(k)
	}
	if p.glued(k) && p.isPunct(k-1, '-') && p.glued(k-1) && p.isWord(k-2) {
		return p.skipChain(k) // F-16, كوفيد-19
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
	// Scores: 2-1, 3-0 (a range goes up: 10-20).
	if len(d) <= 2 && k+2 < n && p.isPunct(k+1, '-', '–', ':') && p.glued(k+1) && p.toks[k+2].kind == tkDigits && p.glued(k+2) && len(p.digits(k+2)) <= 2 && atoi(p.digits(k+2)) <= atoi(d) && !t.line {
		return k + 3
	}
	// List numbers at the start of a line: "1-", "2.", "3)".
	if t.line && k+2 < n && p.isPunct(k+1, '-', '.', ')', '–') && p.glued(k+1) && p.toks[k+2].kind != tkDigits {
		return k + 2
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
				return max(end, p.skipChain(k))
			}
			return end
		}
		ord = true // الدورة 142: an ordinal unless a noun follows
	}
	// A date: "June 19", "Nov. 20".
	if digits && sq.comps == 1 && p.monthBefore(m.s) && m.cur == "" {
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
		if w.e != nil && w.e.time {
			return end + 2
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
		if w := p.look(m.s - 1); w.e != nil && w.e.time && strings.HasPrefix(p.fold(m.s-1), "heure") {
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
	p.lastFamily = ""
	if cur, mul, e2 := p.currencyAfter(end); cur != "" {
		m.cur, m.kind, m.e, m.fam = cur, kindMoney, e2, p.lastFamily
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
	if u, ue, uk := p.unitAfter(end); u != nil {
		if u.time {
			return ue
		}
		m.unit, m.noun, m.what, m.e = u.unit, u.unit, p.raw(uk), ue
		if u == plainNoun {
			m.unit = strings.ToLower(p.raw(uk))
			m.noun = m.unit
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
	// A bare number.
	if sq.weak || ord {
		return end
	}
	if u, ue, uk := p.partOf(end); u != nil {
		// "22.2 million out of 27 million Yemenis": the noun of the whole.
		m.unit, m.noun, m.what = u.unit, u.unit, p.raw(uk)
		if u == plainNoun {
			m.unit = strings.ToLower(p.raw(uk))
			m.noun = m.unit
		}
		_ = ue
	}
	if p.percentFollows(end) {
		m.kind, m.unit = kindPercent, "percent" // "de 6,1 à 5%", "من 3 إلى 4%"
		p.add(m, art, sq)
		return end
	}
	if w := p.look(m.s - 1); w.e != nil && w.e.mag && p.near(m.s) {
		m.kind, m.unit = kindQuantity, "magnitude" // magnitude 6.8, بقوة 6.8
	}
	if art {
		h := p.pluralHead(m.s)
		if h == nil {
			return end // الدورة الـ118, الذكرى الـ 75: an ordinal
		}
		m.unit, m.noun = h.unit, h.unit // أعضاء المجلس الـ 41
	}
	p.refineUnit(&m)
	p.add(m, art, sq)
	return end
}

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

// currencyBefore finds a currency symbol or code just before token k
// ("$", "US$", "€", "USD 5", "£"); it returns the code and the new start.
func (p *parser) currencyBefore(k int) (string, int) {
	j := k - 1
	if j < 0 || !p.near(k) || p.toks[k].gap == gapWide {
		return "", k
	}
	t := &p.toks[j]
	if t.kind == tkPunct {
		code := ""
		switch t.r {
		case '$':
			code = "dollar"
		case '€':
			code = "EUR"
		case '£':
			code = "GBP"
		case '¥':
			code = "JPY"
		}
		if code == "" {
			return "", k
		}
		if code == "dollar" {
			code = "USD"
			if p.isWord(j-1) && p.glued(j) {
				switch p.raw(j - 1) {
				case "US", "U.S":
					return "USD", j - 1
				case "C", "CA":
					return "CAD", j - 1
				case "A", "AU":
					return "AUD", j - 1
				case "HK":
					return "HKD", j - 1
				}
			}
		}
		return code, j
	}
	if t.kind == tkWord && !t.arabic {
		w := p.look(j)
		if w.e != nil && w.e.cur != "" && w.e.code && t.upper {
			return w.e.cur, j
		}
	}
	return "", k
}

// currencyAfter finds a currency word after a number at token k, with the
// adjective that settles its family; it returns the code or family, the
// scale an abbreviation implies and the token after it.
func (p *parser) currencyAfter(k int) (string, float64, int) {
	if !p.near(k) {
		return "", 0, k
	}
	j := k
	// French "de", "d'": "millions d'euros"; English "of".
	switch {
	case p.isWord(j) && (p.fold(j) == "de" || p.fold(j) == "of") && p.isWord(j+1):
		j++
	case p.isWord(j) && p.fold(j) == "d" && p.isPunct(j+1, '\'', '’') && p.isWord(j+2):
		j += 2
	}
	// "M€", "Md$": a scale letter glued to a symbol.
	if p.isWord(j) && p.isPunct(j+1, '€', '$', '£') && p.glued(j+1) {
		mul := 0.0
		switch p.fold(j) {
		case "m":
			mul = 1e6
		case "md", "mds", "mrd", "mrds", "b", "bn":
			mul = 1e9
		}
		if mul > 0 {
			code := map[rune]string{'€': "EUR", '$': "USD", '£': "GBP"}[p.toks[j+1].r]
			return code, mul, j + 2
		}
	}
	if p.isPunct(j, '€', '$', '£') && p.near(j) {
		return map[rune]string{'€': "EUR", '$': "USD", '£': "GBP"}[p.toks[j].r], 0, j + 1
	}
	// Arabic abbreviations: "500 ر.س", "20 د.ت".
	if p.isWord(j) && p.toks[j].arabic && p.isPunct(j+1, '.') && p.glued(j+1) && p.isWord(j+2) && p.glued(j+2) && len(p.fold(j)) == 2 && len(p.fold(j+2)) == 2 {
		if e := p.lx.words[0][p.fold(j)+"."+p.fold(j+2)]; e != nil && e.cur != "" {
			end := j + 3
			if p.isPunct(end, '.') && p.glued(end) {
				end++
			}
			return e.cur, 0, end
		}
	}
	adj := ""
	if w := p.look(j); w.e != nil && w.e.adj != "" && !p.toks[j].arabic {
		// English adjective before the currency: "Saudi riyals".
		if w2 := p.look(j + 1); w2.e != nil && w2.e.cur != "" && !w2.e.code {
			adj = w.e.adj
			j++
		}
	}
	w := p.look(j)
	if w.e == nil || w.e.cur == "" || (w.e.code && !p.toks[j].upper) {
		return "", 0, k
	}
	cur, mul := w.e.cur, w.e.curMul
	p.lastFamily = cur
	e := j + 1
	if adj == "" && p.near(e) {
		if a := p.look(e); a.e != nil && a.e.adj != "" {
			adj = a.e.adj
			e++
		}
	}
	if adj != "" {
		cur = adj
		if cur == "franc_cfa" && p.isWord(e) && p.fold(e) == "cfa" {
			e++
		}
	}
	return cur, mul, e
}

// fewUnits are counted nouns that never number in the millions.
var fewUnits = map[string]bool{
	"countries": true, "nations": true, "states": true, "agreements": true, "memoranda": true,
	"projects": true, "members": true, "MPs": true, "seats": true, "schools": true, "points": true,
	"items": true, "hospitals": true, "villages": true, "cities": true, "provinces": true,
	"ministers": true, "delegations": true, "parties": true, "coalitions": true, "priorities": true,
	"organizations": true, "centres": true, "sides": true, "officials": true,
}

// plainNoun stands for an English or French plural noun the lexicon does
// not know ("15 crossings", "27 circonscriptions"): the word is the unit.
var plainNoun = &entry{}

// unitAfter finds the counted noun after a number at token k, skipping
// "other", "autres", "de"; it returns the entry, the token after it and
// the noun's token.
func (p *parser) unitAfter(k int) (*entry, int, int) {
	j := k
	for hops := 0; hops < 2 && p.near(j) && p.isWord(j); hops++ {
		w := p.look(j)
		// An Arabic counted noun follows its number bare, or with the
		// article after "من": "20 مليونا للشركة" is "to the company".
		if w.e != nil && (w.e.unit != "" || w.e.time) && !(w.prep || w.art && (hops == 0 || p.fold(j-1) != "من")) {
			return w.e, j + 1, j
		}
		switch p.fold(j) {
		case "other", "more", "additional", "new", "autres", "nouveaux", "nouvelles", "de", "اخري", "اخرين", "اخر", "جديدا", "جديده", "اضافيه", "من":
			j++
			continue
		case "d":
			if p.isPunct(j+1, '\'', '’') {
				j += 2
				continue
			}
		}
		if (w.e == nil || w.e.cls == clsNone && w.e.cur == "" && !w.e.month) && p.pluralLooking(j) {
			// "80 principales entreprises": an adjective before a known noun.
			if n := p.look(j + 1); n.e != nil && n.e.unit != "" && p.near(j+1) {
				return n.e, j + 2, j + 1
			}
			return plainNoun, j + 1, j
		}
		break
	}
	return nil, k, k
}

// notNouns are short English and French words ending in s or x that
// follow numbers without being counted nouns.
var notNouns = map[string]bool{
	"was": true, "has": true, "is": true, "this": true, "his": true, "its": true, "as": true, "us": true,
	"thus": true, "plus": true, "less": true, "across": true, "always": true, "does": true, "goes": true,
	"perhaps": true, "whereas": true, "besides": true, "towards": true, "yes": true, "times": true,
	"les": true, "des": true, "ses": true, "mes": true, "tes": true, "ces": true, "aux": true, "dans": true,
	"sous": true, "vers": true, "sans": true, "chez": true, "moins": true, "tous": true, "toutes": true,
	"nous": true, "vous": true, "ils": true, "elles": true, "leurs": true, "depuis": true, "apres": true,
	"tres": true, "pas": true, "jamais": true, "alors": true, "lors": true, "puis": true, "fois": true,
	"dont": true, "mais": true, "jours": true, "ans": true, "heures": true, "minutes": true, "euros": true,
}

// pluralLooking reports whether word token j looks like an English or
// French plural noun: lower case, four letters or more, ending in s or x.
func (p *parser) pluralLooking(j int) bool {
	t := &p.toks[j]
	if t.arabic || p.lang == 0 {
		return false
	}
	f := p.fold(j)
	if t.upper {
		// Capitalised plurals count only as demonyms: Syrians, Yemenis.
		r := p.raw(j)
		if !(strings.HasSuffix(f, "ans") || strings.HasSuffix(f, "is")) || len(f) < 6 || r[1:] != strings.ToLower(r[1:]) {
			return false
		}
	}
	if len(f) < 4 || len(f) > 24 || notNouns[f] {
		return false
	}
	last := f[len(f)-1]
	if last != 's' && last != 'x' {
		return false
	}
	// French past participles: "promis", "prévus", "débloqués".
	if r := strings.ToLower(p.raw(j)); p.lang == 2 && (strings.HasSuffix(r, "is") || strings.HasSuffix(r, "us") || strings.HasSuffix(r, "és") || strings.HasSuffix(r, "ées")) {
		return false
	}
	for i := 0; i < len(f); i++ {
		if f[i] < 'a' || f[i] > 'z' {
			return false
		}
	}
	return true
}

// refineUnit turns a bare or "people" count into dead, missing or injured
// when the sentence says so.
func (p *parser) refineUnit(m *mention) {
	if m.kind != kindCount || (m.unit != "" && m.unit != "people" && m.unit != "others") {
		return
	}
	sent := p.toks[m.s].sent
	for j := m.e; j < len(p.toks) && j < m.e+10 && p.toks[j].sent == sent && p.toks[j].kind != tkDigits; j++ {
		if w := p.look(j); w.e != nil && w.e.after != "" {
			m.unit = w.e.after
			return
		}
	}
	for j := m.s - 1; j >= 0 && j >= m.s-8 && p.toks[j].sent == sent; j-- {
		if _, e := p.phraseBefore(j+1, func(e *entry) bool { return e.before != "" }); e != nil {
			m.unit = e.before
			return
		}
	}
	if m.unit == "others" {
		m.unit = ""
	}
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
