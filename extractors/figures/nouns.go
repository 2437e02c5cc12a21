package figures

import "strings"

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
	if last != 's' && !(last == 'x' && p.lang == 2) {
		return false // English words in x are singular: index, tax
	}
	// French past participles: "promis", "prévus", "débloqués".
	if r := strings.ToLower(p.raw(j)); p.lang != 1 && !t.upper && (strings.HasSuffix(r, "is") || strings.HasSuffix(r, "us") || strings.HasSuffix(r, "és") || strings.HasSuffix(r, "ées")) {
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
