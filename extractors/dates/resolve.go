package dates

import (
	"strings"
	"unicode/utf8"
)

// Confidences of the kinds of mention.
const (
	confFull     = 0.95 // day, month and year stated
	confTwin     = 0.97 // Hijri and Gregorian twins agree
	confNoYear   = 0.85 // year taken from the reference date
	confAmbig    = 0.7  // numeric date read month-first or day-first
	confHijri    = 0.9
	confRel      = 0.85 // today, yesterday, tomorrow
	confWeekday  = 0.75 // a weekday alone
	confPrev     = 0.6  // la veille, le lendemain
	confYear     = 0.6
	confMonth    = 0.7
	wrongWeekday = 0.6 // factor when the printed weekday disagrees
)

// lines records, for the first lines of the text, where each starts and
// how many tokens it holds.
type lines struct {
	start [8]int
	n     int
	total int
}

func (p *parser) lines() lines {
	var l lines
	for i := range p.toks {
		if i == 0 || p.toks[i].flags&fLine != 0 {
			if l.n == len(l.start) {
				break
			}
			l.start[l.n] = i
			l.n++
		}
	}
	return l
}

// lineOf returns the line of token i and its token count, or -1 past the
// lines recorded.
func (l *lines) lineOf(i, ntoks int) (int, int) {
	for k := 0; k < l.n; k++ {
		end := ntoks
		if k+1 < l.n {
			end = l.start[k+1]
		} else if l.n == len(l.start) {
			return -1, 0
		}
		if i >= l.start[k] && i < end {
			return k, end - l.start[k]
		}
	}
	return -1, 0
}

// markHeaders flags the dates of the header lines and datelines, among the
// first six lines and 600 bytes: a short line of little but dates and times,
// a line that starts with a date and holds nothing else, a date followed by
// a clock time, or by an agency in brackets, a dash or a bar ("BEIJING,
// June 19 (Xinhua) --", "الرباط - 8 يونيو 2023 (ومع)"), or a date after the
// place name that opens the line (placeDateline).
func (p *parser) markHeaders() {
	l := p.lines()
	for k := range p.cands {
		c := &p.cands[k]
		if p.toks[c.ts].s > 600 {
			break
		}
		line, n := l.lineOf(c.ts, len(p.toks))
		if line < 0 || line > 5 {
			continue
		}
		nx := p.tok(c.te)
		switch {
		case n <= 20 && l.n > line+1 && !p.sentenceEnd(l.start[line+1]-1) && p.plainWords(l.start[line], l.start[line]+n) <= 3:
			c.header = true // a short line of little but dates and times
		case nx == nil || nx.flags&fLine != 0:
			c.header = c.kind != kRel && c.ts-l.start[line] < 4 // a line that is a date
		case nx.kind == tPunct && (nx.r == '(' || nx.r == '|' || isDash(nx.r)):
			c.header = true
		case nx.kind == tNum && p.punct(c.te+1, ':') && p.adjacent(c.te+1):
			c.header = true // followed by a clock time
		default:
			c.header = p.placeDateline(l.start[line], c) // "NAIROBI, May 4 Kenya's central bank…"
		}
	}
}

// placeDateline reports whether date c opens its line after the name of a
// place, as a wire dateline does even without the agency after it: one to
// three words in capitals and a comma or dash ("NAIROBI, May 4", "NEW
// YORK - 5 juin"), or, in Arabic, one or two words and a date with its year
// ("صفاقس 14 مارس 2023"). Words of time or of dates ("On", "Le", "في",
// "يوم") are not a place.
func (p *parser) placeDateline(ls int, c *cand) bool {
	if c.kind != kDate || c.ts <= ls || c.shift != 0 {
		return false
	}
	if t := &p.toks[c.ts]; t.kind != tNum && !p.is(c.ts, cMonth|cAbbr|cLev) {
		return false // "On Monday, June 5", "اليوم الخميس 8 يونيو"
	}
	end := c.ts
	if p.comma(end-1) || p.dash(end-1) {
		end--
	}
	words, latin := end-ls, false
	if words < 1 || words > 3 {
		return false
	}
	for k := ls; k < end; k++ {
		t := &p.toks[k]
		if t.kind != tWord || t.ent.class&(dateWords|cYCtx|cFrom|cTo|cSince|cArt|cTimeN|cGen) != 0 {
			return false
		}
		w := p.text(k)
		if w[0] < utf8.RuneSelf {
			latin = true
			if len(w) < 2 || strings.ToUpper(w) != w {
				return false
			}
		}
	}
	if latin {
		return end < c.ts // a comma or dash after the place
	}
	return words <= 2 && c.y != 0
}

// nearestYear returns the year that puts month m, day d nearest the anchor.
func nearestYear(anchor, m, d int) (int, bool) {
	ay, _, _ := civilDate(anchor)
	best, bestDist := 0, 1<<30
	for y := ay - 1; y <= ay+1; y++ {
		if !validCivil(y, m, d) {
			continue
		}
		dist := civilDays(y, m, d) - anchor
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best, best != 0
}

// nearestHijri returns the day of Hijri month m, day d nearest the anchor.
func nearestHijri(anchor, m, d int) (int, bool) {
	hy := hijriYear(anchor)
	best, bestDist, found := 0, 1<<30, false
	for y := hy - 1; y <= hy+1; y++ {
		n, ok := hijriDays(y, m, d)
		if !ok {
			continue
		}
		dist := n - anchor
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist, found = n, dist, true
		}
	}
	return best, found
}

// nearestWeekday returns the day with weekday wd nearest to day n.
func nearestWeekday(n, wd int) int {
	diff := (wd - weekday(n) + 7) % 7
	if diff > 3 {
		diff -= 7
	}
	return n + diff
}

// weekdayFrom resolves a weekday named alone from the reference day: the
// day itself when it is that weekday, else the last one before it, or the
// next one after it for a future ("المقبل", "prochain", "will").
func weekdayFrom(ref, wd int, dir int) int {
	rw := weekday(ref)
	switch dir {
	case 0:
		return nearestWeekday(ref, wd)
	case 1:
		d := (wd - rw + 7) % 7
		if d == 0 {
			d = 7
		}
		return ref + d
	case -1:
		d := (rw - wd + 7) % 7
		if d == 0 {
			d = 7
		}
		return ref - d
	}
	if wd == rw {
		return ref
	}
	return ref - (rw-wd+7)%7
}

// future reports whether the sentence before token i speaks of what will
// happen ("سيعقد", "will", "aura lieu").
func (p *parser) future(i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		t := &p.toks[k]
		if t.kind == tPunct && (t.r == '.' || t.r == '\n') {
			return false
		}
		if p.is(k, cFuture) || p.lang == "fr" && t.kind == tWord && frenchFuture(p.text(k)) {
			return true
		}
		if t.flags&fLine != 0 {
			return false
		}
	}
	return false
}

// resolve turns every candidate into a day number, given the reference day
// (ref, known when hasRef) and the anchor for dates without a year.
func (p *parser) resolve(ref int, hasRef bool, anchor int, hasAnchor bool) {
	prev, hasPrev := 0, false
	for k := range p.cands {
		c := &p.cands[k]
		c.ok = false
		switch c.kind {
		case kDate, kRange:
			y, conf := c.y, confFull
			if c.twin {
				conf = confTwin
			}
			m, d := c.m, c.d
			if c.alt {
				// An English 06/07/2023: the order the text's other numeric
				// dates show, else the printed weekday, else the reading
				// within two months of the reference day, else month first.
				m, d = c.d, c.m
				conf = confAmbig
				alt := civilDays(y, c.m, c.d)
				first := civilDays(y, m, d)
				switch {
				case p.dayFirst > p.monthFirst:
					m, d = c.m, c.d
				case p.monthFirst > p.dayFirst:
				case c.wd >= 0 && weekday(alt) == int(c.wd) && weekday(first) != int(c.wd):
					m, d = c.m, c.d
				case c.wd >= 0 && weekday(first) == int(c.wd):
				case hasAnchor && abs(alt-anchor) < abs(first-anchor) && abs(alt-anchor) <= 62:
					m, d = c.m, c.d
				}
			}
			if y == 0 {
				if !hasAnchor {
					continue
				}
				var ok bool
				if y, ok = nearestYear(anchor, m, d); !ok {
					continue
				}
				conf = confNoYear
			}
			if !validCivil(y, m, d) {
				continue
			}
			c.day, c.conf, c.ok = civilDays(y, m, d)+int(c.shift), conf, true
			if c.kind == kRange {
				ey := c.ey
				if ey == 0 {
					ey = y
					if c.em < m {
						ey++
					}
				}
				if !validCivil(ey, c.em, c.ed) || civilDays(ey, c.em, c.ed) <= c.day {
					c.kind = kDate // not a range after all
				} else {
					c.eday = civilDays(ey, c.em, c.ed)
				}
			}
		case kHijri:
			if c.y != 0 {
				n, ok := hijriDays(c.y, c.m, c.d)
				if !ok {
					continue
				}
				c.day, c.conf, c.ok = n, confHijri, true
			} else if hasAnchor {
				n, ok := nearestHijri(anchor, c.m, c.d)
				if !ok {
					continue
				}
				c.day, c.conf, c.ok = n, confNoYear*confHijri, true
			}
		case kRel:
			wd := int(c.wd)
			switch {
			case c.relPrev:
				if !hasPrev {
					continue
				}
				c.day, c.conf = prev+int(c.rel), confPrev
			case c.hasRel:
				if !hasRef {
					continue
				}
				c.day, c.conf = ref+int(c.rel), confRel
			case wd >= 0:
				if !hasRef {
					continue
				}
				dir := 2
				if c.hasQual {
					dir = int(c.qual)
				} else if p.future(c.ts) {
					dir = 1
				}
				c.day, c.conf = weekdayFrom(ref, wd, dir), confWeekday
				wd = -1 // chosen to agree
			default:
				continue
			}
			if wd >= 0 && weekday(c.day) != wd {
				// The printed weekday wins over an offset a day off.
				c.day = nearestWeekday(c.day, wd)
				c.conf *= wrongWeekday
			}
			c.ok = true
		case kYear:
			c.conf, c.ok = confYear, true
		case kMonth:
			c.conf, c.ok = confMonth, true
		}
		if !c.ok {
			continue
		}
		if c.kind != kYear && c.kind != kMonth {
			if c.kind != kRel && c.wd >= 0 && weekday(c.day) != int(c.wd) {
				c.conf *= wrongWeekday
			}
			prev, hasPrev = c.day, true
		}
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// dateWords are the classes of the words a date is written with.
const dateWords = cMonth | cAbbr | cLev | cOrd | cHMonth | cHPre | cDhu | cDhuX | cWday | cRel |
	cQual | cHMark | cGMark | cMuwafiq | cOrdSuf | cYWord

// plainWords counts the words of tokens [from, to) that are not date words.
func (p *parser) plainWords(from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if t := &p.toks[i]; t.kind == tWord && t.ent.class&dateWords == 0 {
			n++
		}
	}
	return n
}

// sentenceEnd reports whether token i closes a sentence.
func (p *parser) sentenceEnd(i int) bool {
	t := p.tok(i)
	return t != nil && t.kind == tPunct && (t.r == '.' || t.r == '!' || t.r == '?' || t.r == '؟')
}

// frenchFuture reports whether w looks like a French verb in the future
// tense, third person: "se tiendra", "auront", "signera".
func frenchFuture(w string) bool {
	n := len(w)
	switch {
	case n >= 6 && w[n-4:] == "ront":
		return true
	case n >= 5 && w[n-2:] == "ra":
		return w[n-3] == 'e' || w[n-3] == 'd' || w[n-3] == 'r' || w[n-3] == 'i' || w[n-3] == 'v'
	}
	return false
}
