package places

import "github.com/newsworker/newsworker/extractors"

// locate picks the event's location and the places it concerns.
func (e *Extractor) locate(doc *extractors.Document, ms []match) ([]Place, *Place) {
	var out []Place
	var loc *Place
	seen := map[string]bool{}
	for i := range ms {
		m := &ms[i]
		if m.skip || m.Kind == KindDemonym {
			continue
		}
		p := e.g.place(m.e)
		p.Span = m.Span
		key := p.Kind + "/" + p.Country + "/" + p.Name
		if seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, p)
		if loc == nil && p.Kind != KindCountry && m.prep {
			l := p
			loc = &l
		}
	}
	return out, loc
}
