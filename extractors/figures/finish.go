package figures

import "math"

// finish settles currencies, merges a number written twice (digits then
// words), lets bare amounts inherit a currency, drops duplicates and
// builds the Figures.
func (p *parser) finish() []Figure {
	ms := p.ms
	// Numbers inside spans another extractor took are not figures.
	if len(p.taken) > 0 {
		kept := ms[:0]
		for _, m := range ms {
			if !p.overlapsTaken(m) {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	// "(2,500,000) مليونان وخمسمائة ألف ريال": one mention.
	for i := 0; i+1 < len(ms); i++ {
		a, b := &ms[i], &ms[i+1]
		if b.ns-a.e > 3 || b.ns < a.e || !close(a.value, b.value) || a.words == b.words {
			continue
		}
		if a.kind == kindCount && a.unit == "" {
			a.kind, a.unit, a.cur, a.noun, a.what = b.kind, b.unit, b.cur, b.noun, b.what
		}
		ms = append(ms[:i+1], ms[i+2:]...)
		i--
	}
	// A family written once with its adjective ("دينار عراقي") settles the
	// same family elsewhere in the text ("29.4 تريليون دينار").
	settled := map[string]string{}
	for _, m := range ms {
		if m.kind == kindMoney && m.fam != "" && m.fam != m.cur {
			if _, isFamily := families[m.cur]; !isFamily {
				settled[m.fam] = m.cur
			}
		}
	}
	// A CFA franc named anywhere in the text settles its bare "francs".
	if _, ok := settled["franc"]; !ok {
		for _, m := range ms {
			if m.kind == kindMoney && (m.cur == "franc_cfa" || m.cur == "XOF" || m.cur == "XAF") {
				settled["franc"] = m.cur
				break
			}
		}
	}
	for i := range ms {
		if ms[i].kind == kindMoney {
			if code, ok := settled[ms[i].cur]; ok {
				ms[i].cur = code
			}
			ms[i].cur = p.resolve(ms[i].cur)
			ms[i].unit = ms[i].cur
		}
	}
	// "30 مليار دولار … و22 مليارا", "les 2,4 milliards annoncés": a bare
	// amount in millions or more follows the currency named in its own or
	// the previous sentence, or that of the same amount told earlier.
	for i := range ms {
		m := &ms[i]
		if m.kind != kindCount || m.unit != "" || m.scale < 1e6 || p.popNear(m) {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			// English writes a currency with nearly every amount: there
			// only the same sentence or the same amount counts.
			if ms[j].kind == kindMoney && (ms[j].sent >= m.sent-1 && p.lang != 1 || ms[j].sent == m.sent || close(ms[j].value, m.value)) {
				m.kind, m.unit, m.cur = kindMoney, ms[j].unit, ms[j].cur
				m.conf = 0.7
				break
			}
		}
		// "حزمة 8 مليارات، منها ... و2 مليار دولار": a currency named
		// later in the same sentence.
		for j := i + 1; m.kind == kindCount && j < len(ms) && ms[j].sent == m.sent; j++ {
			if ms[j].kind == kindMoney {
				m.kind, m.unit, m.cur = kindMoney, ms[j].unit, ms[j].cur
				m.conf = 0.7
			}
		}
	}
	out := make([]Figure, 0, len(ms))
	kept := ms[:0]
	for _, m := range ms {
		if p.duplicate(kept, m) {
			continue
		}
		kept = append(kept, m)
		start := int(p.toks[m.s].s)
		if p.isWord(m.s) && p.toks[m.s].arabic {
			start = p.skipLead(m.s)
		}
		sp := p.doc.Span(start, int(p.toks[m.e-1].e), m.conf)
		f := Figure{Span: sp, Value: round(m.value), Unit: m.unit, Kind: kindNames[m.kind], What: m.what, Approx: m.approx}
		if m.hasMax {
			mx := round(m.maxValue)
			f.MaxValue = &mx
		}
		out = append(out, f)
	}
	return out
}

// popNear reports whether a population word comes within six words before
// mention m or right after it in its sentence.
func (p *parser) popNear(m *mention) bool {
	sent := p.toks[m.s].sent
	for j := m.s - 1; j >= 0 && j >= m.s-6 && p.toks[j].sent == sent; j-- {
		if w := p.look(j); w.e != nil && w.e.pop {
			return true
		}
	}
	if m.e < len(p.toks) && p.toks[m.e].sent == sent {
		if w := p.look(m.e); w.e != nil && w.e.pop {
			return true
		}
	}
	return false
}

// skipLead returns the byte where word token k starts once the
// conjunction and preposition glued to it (و، ب، وب) are left out, so that
// a span starts at the number word.
func (p *parser) skipLead(k int) int {
	t := &p.toks[k]
	n := int(p.look(k).lead)
	i := int(t.s)
	for n > 0 && i < int(t.e) {
		r, size := decode(p.text, i)
		i += size
		if foldRune(r) >= 0 {
			n--
		}
	}
	// Diacritics and tatweel of the left-out letters go with them.
	for i < int(t.e) {
		r, size := decode(p.text, i)
		if foldRune(r) >= 0 {
			break
		}
		i += size
	}
	return i
}

// round trims float noise from decimal arithmetic (2.16e9, not
// 2160000000.0000002).
func round(v float64) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	mag := math.Pow(10, 12-math.Ceil(math.Log10(math.Abs(v))))
	if math.IsInf(mag, 0) || mag == 0 {
		return v
	}
	r := math.Round(v*mag) / mag
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	return r
}

func close(a, b float64) bool {
	if a == b {
		return true
	}
	return math.Abs(a-b) <= 0.005*math.Max(math.Abs(a), math.Abs(b))
}

// duplicate reports whether m repeats a quantity already kept: the same
// amount of the same currency, the same percentage, or the same count of
// the same noun.
func (p *parser) duplicate(kept []mention, m mention) bool {
	for _, k := range kept {
		if k.kind != m.kind || !close(k.value, m.value) || k.hasMax != m.hasMax {
			continue
		}
		switch m.kind {
		case kindMoney:
			// Within one sentence two equal amounts are a list ("3
			// مليارات للموازنة و3 مليارات للمشروعات").
			if k.unit == m.unit && k.sent != m.sent {
				return true
			}
		case kindPercent:
			return true
		default:
			// The same bare count twice in one sentence is a list
			// ("trois à Safi, trois à Agadir"); across sentences it is the
			// same figure told again.
			if k.noun == m.noun && (m.noun != "" || k.sent != m.sent) {
				return true
			}
		}
	}
	return false
}

func (p *parser) overlapsTaken(m mention) bool {
	s := p.doc.RuneOffset(int(p.toks[m.ns].s))
	e := p.doc.RuneOffset(int(p.toks[m.ne-1].e))
	for _, t := range p.taken {
		if s < t.End && t.Start < e {
			return true
		}
	}
	return false
}

// families lists the codes a currency family may stand for, the default
// first.
var families = map[string][]string{
	"dollar":    {"USD", "CAD", "AUD"},
	"dirham":    {"MAD", "AED"},
	"dinar":     {"TND", "DZD", "KWD", "JOD", "IQD", "LYD", "BHD"},
	"riyal":     {"SAR", "QAR", "OMR", "YER", "IRR"},
	"pound_ar":  {"EGP", "SDG", "GBP"},
	"pound_en":  {"GBP", "EGP", "SDG", "LBP", "SYP"},
	"livre":     {"GBP", "EGP", "LBP", "SYP", "SDG"},
	"lira":      {"TRY", "LBP", "SYP"},
	"franc":     {"CHF", "XOF", "XAF"},
	"franc_cfa": {"XOF", "XAF"},
	"rupee":     {"INR", "PKR"},
	"centime":   {"DZD", "MAD"}, // مليار سنتيم: Algerian and Moroccan press
}

// resolve turns a currency family into an ISO code using the countries the
// text names; a code passes through.
func (p *parser) resolve(cur string) string {
	codes, ok := families[cur]
	if !ok {
		return cur
	}
	if cur == "dollar" {
		return "USD" // other dollars need an adjective or a symbol
	}
	p.countContext()
	best, bestN := codes[0], 0
	for _, c := range codes {
		if n := p.ctx[c]; n > bestN {
			best, bestN = c, n
		}
	}
	if bestN == 0 && cur == "lira" && p.lang == 0 {
		return "LBP"
	}
	return best
}

// countContext counts, once, the country mentions that settle currencies.
func (p *parser) countContext() {
	if p.ctx != nil {
		return
	}
	p.ctx = make(map[string]int, 8)
	for k := range p.toks {
		if p.toks[k].kind != tkWord {
			continue
		}
		if w := p.look(k); w.e != nil {
			for _, c := range w.e.ctx {
				p.ctx[c]++
			}
		}
	}
}
