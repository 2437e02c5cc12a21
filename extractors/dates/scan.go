package dates

// scan finds every date mention of the text, in text order.
func (p *parser) scan() {
	for i := 0; i < len(p.toks); {
		if t := &p.toks[i]; t.kind == tPunct || t.kind == tWord && t.ent.class&starters == 0 {
			i++
			continue
		}
		c, ok := p.at(i)
		if !ok {
			i++
			continue
		}
		p.add(c)
		i = c.te
	}
}

// starters are the classes of the words a date mention can start with.
const starters = cRel | cRelX | cAwwal | cAfter | cAvant | cApres | cQual | cWday | cMonth | cAbbr | cLev | cOrd | cDayOrd | cSeq | cDayN

// at parses the date mention starting at token i, if any.
func (p *parser) at(i int) (cand, bool) {
	pre := cand{ts: i, wd: -1}
	j := p.prefix(i, &pre)
	k := j
	open := false
	for n := 0; j > i && n < 3 && (p.comma(k) || p.dash(k) || p.punct(k, '(') || p.punct(k, ':') || p.is(k, cMuwafiq)); n++ {
		open = open || p.punct(k, '(')
		k++ // "اليوم الجمعة، (19 أيلول 2025)", "السبت المقبل الموافق 8 شباط 2025"
	}
	if c, ok := p.core(k); ok && (j == i || c.kind != kMonth) {
		if j > i {
			c.ts, c.wd, c.today = i, pre.wd, pre.today
			if pre.relPrev && p.is(i-1, cArt) {
				c.ts = i - 1
			}
			if open && p.punct(c.te, ')') {
				c.te++
			}
		} else if c.kind == kRange && !c.pair && p.is(i-1, cFrom|cBetween) {
			c.ts = i - 1
		}
		if c.kind == kDate || c.kind == kHijri {
			p.twin(&c)
		}
		return c, true
	}
	if j > i {
		pre.kind, pre.te = kRel, j
		if pre.wd >= 0 && !pre.hasRel && !pre.hasQual && p.weekdaySpan(j) {
			pre.kind, pre.te = kSkip, j+2 // "de vendredi à dimanche": a vague span
		}
		if pre.relPrev && p.is(i-1, cArt) {
			pre.ts = i - 1
		}
		return pre, true
	}
	return p.yearAlone(i)
}

// twin merges a Hijri date with its Gregorian twin printed beside it, or a
// Gregorian date with its Hijri twin ("الموافق").
func (p *parser) twin(c *cand) {
	j := c.te
	for n := 0; n < 6; n++ {
		if p.comma(j) || p.dash(j) || p.punct(j, '/') || p.punct(j, '(') || p.punct(j, ')') ||
			p.is(j, cGMark|cHMark|cMuwafiq|cWday) {
			j++
			continue
		}
		break
	}
	o, ok := p.core(j)
	if !ok || o.kind == c.kind || o.kind != kDate && o.kind != kHijri {
		return
	}
	g, h := c, &o
	if c.kind == kHijri {
		g, h = &o, c
	}
	if g.y == 0 || g.alt {
		return
	}
	gd := civilDays(g.y, g.m, g.d)
	hy := h.y
	if hy == 0 {
		hy = hijriYear(gd)
	}
	match := false
	for dy := -1; dy <= 1 && !match; dy++ {
		if h.y != 0 && dy != 0 {
			continue
		}
		if hd, ok := hijriDays(hy+dy, h.m, h.d); ok && hd-gd <= 2 && gd-hd <= 2 {
			match = true
		}
	}
	if !match {
		return
	}
	c.kind, c.y, c.m, c.d = kDate, g.y, g.m, g.d
	c.te, c.twin = o.te, true
	if c.wd < 0 {
		c.wd = o.wd
	}
}

// yearAlone parses a year on its own ("في عام 2014", "since 2003"), leaving
// out spans of years and the years of plans, budgets and event names.
func (p *parser) yearAlone(i int) (cand, bool) {
	c := cand{ts: i, wd: -1}
	y, ok := p.year(i)
	if !ok || y < 1900 || y > 2100 {
		return c, false
	}
	for _, k := range [2]int{i - 1, i + 1} {
		if t := p.tok(k); t != nil && t.kind == tPunct && (isDash(t.r) || t.r == '/') {
			if n := p.tok(2*k - i); n != nil && n.kind == tNum {
				return c, false
			}
		}
	}
	te := i + 1
	if p.is(te, cGMark) {
		te++
	}
	k := i - 1
	if p.punct(k, '(') {
		k--
	}
	if !p.is(k, cYCtx) && te == i+1 {
		return c, false
	}
	for k := i - 6; k < i; k++ {
		if p.is(k, cPlan) {
			return c, false
		}
	}
	c.kind, c.y, c.te = kYear, y, te
	return c, true
}

// add records a candidate; pairs and ranges give one entry per stated day,
// and a date followed by "to"/"إلى" and another date becomes a range.
func (p *parser) add(c cand) {
	if c.kind == kSkip {
		return
	}
	if c.kind == kDate && len(p.cands) > 0 {
		prev := &p.cands[len(p.cands)-1]
		if prev.kind == kDate && prev.te+1 == c.ts && (p.is(prev.te, cTo) || p.dash(prev.te)) && !prev.alt && !c.alt {
			prev.kind, prev.ey, prev.em, prev.ed, prev.mid = kRange, c.y, c.m, c.d, c.ts
			if prev.y == 0 && c.y != 0 {
				prev.y = c.y
				if prev.m > c.m {
					prev.y--
				}
			}
			prev.te = c.te
			if p.is(prev.ts-1, cFrom|cBetween) {
				prev.ts--
			}
		}
	}
	if c.kind != kRange {
		p.cands = append(p.cands, c)
		return
	}
	if !c.pair {
		end := cand{ts: c.mid, te: c.te, kind: kDate, y: c.ey, m: c.em, d: c.ed, wd: -1}
		p.cands = append(p.cands, c, end)
		return
	}
	// A list of days sharing a month: one date for each.
	c.kind = kDate
	p.cands = append(p.cands, c)
	for k := 0; k < int(c.nmore); k++ {
		i := int(c.more[k])
		p.cands = append(p.cands, cand{ts: i, te: c.te, kind: kDate, y: c.y, m: c.m, d: int(p.toks[i].num), wd: -1})
	}
}

// weekdaySpan reports whether tokens i, i+1 continue a weekday into a span
// of weekdays: "à dimanche", "to Sunday", "إلى الأحد", "-الأحد".
func (p *parser) weekdaySpan(i int) bool {
	if !p.is(i+1, cWday) {
		return false
	}
	return p.is(i, cTo) || p.dash(i) || p.tok(i) != nil && p.toks[i].kind == tWord && p.text(i) == "à"
}
