package figures

import "strings"

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
//
// A hard-wrapped text may put the currency at the start of the next line
// ("612 billion" / "Egyptian pounds"): one line break after a scale word is
// crossed.
func (p *parser) currencyAfter(k int) (string, float64, int) {
	if !p.near(k) && !p.wrapped(k) {
		return "", 0, k
	}
	j := k
	// French "de", "d'": "millions d'euros"; English "of".
	switch {
	case p.isWord(j) && (p.fold(j) == "de" || p.fold(j) == "of" || p.fold(j) == "من") && p.isWord(j+1):
		j++ // also Arabic "5 ملايين من الدولارات"
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
			return e.cur, e.curMul, end
		}
	}
	if p.isWord(j) && p.raw(j) == "F" && p.isWord(j+1) && p.near(j+1) && p.raw(j+1) == "CFA" {
		j++ // "F CFA": the franc's abbreviation before CFA
	}
	adj := ""
	if e := p.dottedUS(j); e > j {
		// "U.S. dollars": the dotted abbreviation settles the dollar.
		if w2 := p.look(e); w2.e != nil && w2.e.cur == "dollar" && p.near(e) {
			adj = "USD"
			j = e
		}
	} else if w := p.look(j); w.e != nil && w.e.adj != "" && !p.toks[j].arabic {
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
	if w.e.cur == "pound_en" && p.isWord(j+1) && p.fold(j+1) == "of" {
		return "", 0, k // 5,200 pounds of water: a weight
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

// dottedUS returns the token after "U.S." or "U.S" starting at token j,
// or j.
func (p *parser) dottedUS(j int) int {
	if !p.isWord(j) || p.raw(j) != "U" || !p.isPunct(j+1, '.') || !p.glued(j+1) || !p.isWord(j+2) || !p.glued(j+2) || p.raw(j+2) != "S" {
		return j
	}
	if p.isPunct(j+3, '.') && p.glued(j+3) {
		return j + 4
	}
	return j + 3
}

// wrapped reports whether token k starts the next line after a single line
// break that follows a word (the scale of "612 billion"): a hard-wrapped
// line, not a new paragraph, a line after a closing mark or a bare number
// such as a year at the end of a headline.
func (p *parser) wrapped(k int) bool {
	if k <= 0 || k >= len(p.toks) || p.toks[k].gap != gapLine || p.toks[k-1].kind != tkWord {
		return false
	}
	between := p.text[p.toks[k-1].e:p.toks[k].s]
	return strings.Count(between, "\n") == 1 || strings.Count(between, "\n") == 0 && strings.Count(between, "\r") == 1
}
