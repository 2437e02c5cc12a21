package attendees

import (
	"maps"
	"slices"
	"strings"

	"github.com/newsworker/newsworker/extractors/places"
)

// countryCue is one piece of evidence that a country takes part.
type countryCue struct {
	code   string
	weight int
	tok    int // token of the evidence, for the span
	ment   int // index into mentions, -1 for evidence without a mention
}

// Evidence weights; a country takes part from wTakesPart on.
const (
	wMention   = 1 // named, as country, demonym or capital
	wStrong    = 2 // in a role of a participant, or an unnamed official's role
	wTakesPart = 2
)

// participation words: a country named in the same sentence after one of
// them takes part (attends, signs, pledges, hosts, is hit).
var participation = newWordSet(`يشارك تشارك شارك شاركت يشاركون بمشاركة مشاركة المشاركين المشاركة المشاركون حضر حضرت
	حضور بحضور وقع وقعت يوقع توقيع تعهد تعهدت يتعهد استقبل استقبلت يستقبل يمثل تمثل زيارة زيارات يزور زار زارت
	يستضيف تستضيف ستستضيف سيستضيف باستضافة استضافة التزمت التزم يلتزم تلتزم استضاف استضافت احتضن تحتضن ستحتضنها وزراء يلتقي التقى التقت ضربت ضرب اجتاحت الفيضانات فيضانات
	زلزال الزلزال السيول إعصار الإعصار قتيلا ضحايا صادق صادقت تبرع تبرعت قدمت منحة
	attend attended attends attending participate participated participating participants participation sign
	signed signs signing pledge pledged pledges host hosted hosts hosting visit visited visiting met meet meets
	welcomed received floods flooding flood earthquake landslides landslide hit struck killed toll donated
	delegation delegations give gives gave contribute contributed contributes offered committed commits provided
	donate donates co-hosted cohosted
	participer participe participent participé participants signé signent signer signature promis promet
	engagé engagée accueilli accueille accueillait reçu visite rencontré entretenu séisme inondations
	touchée touché frappé frappée morts délégation délégations`)

// backgroundCues: a country named after one of them, in the same clause, is
// background — a war, a crisis, a situation, refugees from it.
var backgroundCues = newWordSet(`الحرب حرب الأزمة أزمة الأوضاع أوضاع الوضع تطورات الصراع النزاع اللاجئين لاجئي النازحين
	الحملة العسكرية الحدود الاحتلال اجتياح غزو العدوان إنقاذ لإنقاذ خلفية
	ارتدادات هزات felt tremors ressenti ressentie
	war crisis conflict situation refugees invasion border borders campaign occupation
	guerre crise conflit réfugiés frontière voisine voisin`)

// backgroundAfter: a country right before one of them is background:
// "US-led", "the Jordanian-Iraqi border".
var backgroundAfter = newWordSet(`led backed border borders frontière الحدود refugees réfugiés migrants displaced
	اللاجئين النازحين`)

// capitalVerbs after a capital make it stand for its government:
// "الرياض تعهدت", "Paris a détaillé", "Washington has pledged".
var capitalVerbs = newWordSet(`قد تعهدت أعلنت وقعت قدمت أكدت ترى تعتبر تريد ستقدم a annonce annoncé promis has have
	said says will pledged announced signed`)

// stateShortNames are short names of a state that the gazetteer does not
// resolve on their own: "le Faso", "Président du Faso" (Burkina Faso).
var stateShortNames = map[string]string{"faso": "BF", "فاسو": "BF", "الفاسو": "BF"}

// stateShortWords are the keys of stateShortNames, as a set of tokens.
var stateShortWords = newPlainSet(strings.Join(slices.Collect(maps.Keys(stateShortNames)), " "))

// stateShortName returns the country token t names as a short state name,
// or "".
func stateShortName(t *tok) string {
	if !stateShortWords.has(t) {
		return ""
	}
	return stateShortNames[t.key]
}

// betweenWords open a bilateral pair: "entre X et Y", "between X and Y",
// "بين X و Y".
var betweenWords = newPlainSet(`entre between بين`)

// partnerWords stand for a country's partners as the second side of a pair:
// the other countries that take part.
var partnerWords = newPlainSet(`partenaires partners شركائها شركاءها وشركائها وشركاءها شركائه وشركائه`)

// partnerPossessives come before partnerWords: "its partners".
var partnerPossessives = newPlainSet(`its their ses leurs`)

// partnersSide marks a pair whose second side is the first one's partners.
const partnersSide = "*"

// bilateralWords make a sentence with a pair speak of a relation between two
// states, not of a war or a match between them.
var bilateralWords = newPlainSet(`coopération bilatérale bilatérales bilatéral bilatéraux relations accords accord
	partenariat échanges liens cooperation bilateral relations ties agreements agreement partnership trade
	التعاون تعاون العلاقات علاقات الثنائية الثنائي الاتفاقيات اتفاقيات الشراكة شراكة المبادلات`)

// bilateralPairs records each pair of countries joined by "entre … et …"
// in a sentence about their relation.
func (c *context) bilateralPairs(bg []bool) {
	if !c.occurs(betweenWords) {
		return
	}
	for k := range c.toks {
		if !betweenWords.has(&c.toks[k]) {
			continue
		}
		a, ka := c.pairSide(k+1, bg)
		if a == "" {
			continue
		}
		// the second side after "et"/"and" or an Arabic "و" on the mention
		j := ka + 1
		for j < len(c.toks) && c.mentAt[j] >= 0 && c.mentAt[j] == c.mentAt[ka] {
			j++
		}
		if j < len(c.toks) && laAnd.has(&c.toks[j]) {
			j++
		}
		b, _ := c.pairSide(j, bg)
		if j+1 < len(c.toks) && b == "" && partnerPossessives.has(&c.toks[j]) {
			j++ // "its partners", "ses partenaires"
		}
		if b == "" && j < len(c.toks) && partnerWords.has(&c.toks[j]) {
			b = partnersSide // "بين الجزائر وشركائها", "entre le Togo et ses partenaires"
		}
		if b == "" || b == a || !c.bilateralSentence(k) {
			continue
		}
		c.pairs = append(c.pairs, [2]string{a, b})
	}
}

// pairSide returns the country named at k, past an article and outside a
// background span, and its token.
func (c *context) pairSide(k int, bg []bool) (string, int) {
	if k < len(c.toks) && laArticles.has(&c.toks[k]) {
		k++
	}
	if m := c.mention(k); m != nil && m.Kind == "country" && !bg[k] {
		return m.Country, k
	}
	return "", -1
}

// bilateralSentence reports a relation word in the sentence of token k.
func (c *context) bilateralSentence(k int) bool {
	for x := c.sentenceStart(k); x < len(c.toks); x++ {
		t := &c.toks[x]
		if x > k && (t.nl || t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟') {
			break
		}
		if bilateralWords.has(t) || backgroundCues.has(t) {
			return !backgroundCues.has(t)
		}
	}
	return false
}

// kingWords name a monarch by title alone: "le Roi", "جلالة الملك".
var kingWords = newPlainSet(`roi king الملك العاهل`)

// hostVerbs make the subject of a sentence its host.
var hostVerbs = newPlainSet(`reçu accueilli présidé préside reçoit received receives hosted chaired presided
	استقبل يستقبل ترأس يترأس`)

// hashemiteWords tie a royal title to Jordan: "الديوان الملكي الهاشمي".
var hashemiteWords = newPlainSet(`الهاشمي الهاشمية الهاشمى hachémite hashemite`)

// monarchies are states whose head is a king, as a town named with "le Roi"
// gives them.
var monarchies = map[string]bool{"MA": true, "JO": true, "SA": true, "BH": true, "OM": true, "ES": true,
	"GB": true, "BE": true, "NL": true, "SE": true, "NO": true, "DK": true, "TH": true, "LS": true, "SZ": true}

// kingHost returns the country of a monarch named by title alone who hosts in
// the sentence of token k: a Hashemite word gives Jordan, else the
// monarchy of the first town or country named in the sentence, else the
// event's location when it is a monarchy.
func (c *context) kingHost(k int) string {
	s, e := c.sentenceStart(k), k
	for e < len(c.toks) && !(e > k && (c.toks[e].nl || c.toks[e].p == '.' || c.toks[e].p == '!' || c.toks[e].p == '?' || c.toks[e].p == '؟')) {
		e++
	}
	host := false
	for x := s; x < e; x++ {
		host = host || hostVerbs.has(&c.toks[x])
		if hashemiteWords.has(&c.toks[x]) {
			return "JO"
		}
	}
	if !host {
		return ""
	}
	for x := s; x < e; x++ {
		if m := c.mention(x); m != nil && (m.Kind == "city" || m.Kind == "capital") {
			if monarchies[m.Country] {
				return m.Country
			}
			return ""
		}
	}
	if monarchies[c.location] {
		return c.location
	}
	return ""
}

// leadSentence returns the tokens of the article's first sentence of six
// words or more (a dateline or byline line is skipped): a country named
// there is the article's subject.
func (c *context) leadSentence() (int, int) {
	s, words := 0, 0
	for k := range c.toks {
		t := &c.toks[k]
		if t.nl && k > s {
			if words >= 6 {
				return s, k
			}
			s, words = k, 0
		}
		if t.word() {
			words++
		}
		if t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟' {
			if words >= 6 {
				return s, k
			}
			s, words = k+1, 0
		}
	}
	return s, len(c.toks)
}

// findCountries weighs each gazetteer mention of a country.
func (c *context) findCountries() {
	// tokens of people's names and their roles' later countries
	inName := c.scratchBools(1)
	surnames := map[string]bool{} // "العراقي" said alone after "سليم حسن العراقي"
	for _, p := range c.people {
		for k := p.ns; k < p.ne; k++ {
			inName[k] = true
		}
		if p.ne-p.ns >= 2 {
			surnames[c.toks[p.ne-1].key] = true
		}
		if p.country != "" && !p.bg && !p.addressee {
			c.cues = append(c.cues, countryCue{code: p.country, weight: wStrong, tok: p.ns, ment: -1})
		}
	}
	c.roleOf = scratch(c.roleOf, len(c.toks)) // 1 first country of a role, 2 a later one
	roleOf := c.roleOf
	for _, p := range c.people {
		first := true
		for k := p.rs; k < p.re; k++ {
			if p.bg || p.addressee {
				break
			}
			if m := c.mention(k); m != nil && (m.Kind == "country" || m.Kind == "demonym") {
				if c.postedTo(k) {
					// "director for Morocco, Algeria, …": none is represented;
					// the country a post is in keeps its own weight
					first = false
					if roleOf[k] == 0 && c.postedAt(k) {
						roleOf[k] = 3
					} else if roleOf[k] == 0 {
						roleOf[k] = 2
					}
					continue
				}
				if first {
					roleOf[k] = 1
					first = false
				} else if roleOf[k] == 0 && c.postedIn(k, m) {
					roleOf[k] = 3 // "سفيرة فرنسا بتونس": where the post is
				} else if roleOf[k] == 0 {
					roleOf[k] = 2
				}
			}
		}
	}
	// background spans: from a cue to the end of its clause, a frame word
	// or a dozen words ("الحرب في أوكرانيا والوضع في السودان")
	bg := c.scratchBools(2)
	on, since := false, 0
	if c.occurs(backgroundCues) {
		for k := range c.toks {
			t := &c.toks[k]
			if t.nl || t.isBreak() && !t.isComma() || participation.has(t) && since > 2 || since > 12 {
				on = false
			}
			if backgroundCues.has(t) {
				on, since = true, 0
			}
			since++
			bg[k] = on
		}
	}
	// participation: every token of a sentence holding a frame word
	// ("Britain pledged …", "… co-hosted by Egypt, Germany and Qatar")
	part := c.scratchBools(3)
	s, frame := 0, false
	if c.occurs(participation) {
		for k := 0; k <= len(c.toks); k++ {
			end := k == len(c.toks)
			if !end {
				t := &c.toks[k]
				end = t.nl || t.p == '.' || t.p == '!' || t.p == '?' || t.p == '؟'
			}
			if end {
				for x := s; x < k; x++ {
					part[x] = frame
				}
				s, frame = k, false
				continue
			}
			if participation.has(&c.toks[k]) {
				frame = true
			}
		}
	}
	// a national body that takes part speaks for its country: "المفوضية
	// العليا المستقلة للانتخابات" (Iraq), "Bank Al-Maghrib" (Morocco)
	seenOrg := map[*OrgEntry]bool{}
	for _, h := range c.orgs {
		if h.entry != nil && h.entry.Country != "" && !h.blocked && !seenOrg[h.entry] && !c.seatsIn(h) {
			seenOrg[h.entry] = true
			c.cues = append(c.cues, countryCue{code: h.entry.Country, weight: wMention, tok: h.i, ment: -1})
		}
	}
	c.bilateralPairs(bg)
	leadS, leadE := c.leadSentence()
	// "le Faso" named in a participation sentence or the lead, outside any
	// gazetteer mention
	if c.occurs(stateShortWords) {
		for k := range c.toks {
			if code := stateShortName(&c.toks[k]); code != "" && c.mentAt[k] < 0 && !inName[k] && roleOf[k] == 0 && !bg[k] {
				w := wMention
				if part[k] || k >= leadS && k < leadE {
					w++
				}
				c.cues = append(c.cues, countryCue{code: code, weight: w, tok: k, ment: -1})
			}
		}
	}
	// "Sa Majesté le Roi a reçu à Rabat …": a monarch named by title alone
	// hosts for the kingdom the sentence places him in
	if c.occurs(kingWords) {
		for k := range c.toks {
			if !kingWords.has(&c.toks[k]) || bg[k] || c.personCountryAt(k) {
				continue
			}
			if code := c.kingHost(k); code != "" {
				c.cues = append(c.cues, countryCue{code: code, weight: wStrong, tok: k, ment: -1})
			}
		}
	}
	lastMent := int32(-1)
	for k := range c.toks {
		mi := c.mentAt[k]
		if mi < 0 || mi == lastMent {
			continue
		}
		lastMent = mi
		m := &c.mentions[mi]
		if m.Country == "" || inName[k] || m.Kind == "demonym" && surnames[c.toks[k].key] || c.notTheState(k) {
			continue
		}
		w := 0
		switch m.Kind {
		case "region", "city":
			// "جهة الرباط - سلا": a regional council speaks for its country
			if k == 0 || !regionWords.has(&c.toks[k-1]) || !c.inOrg[k] {
				continue
			}
			w = wStrong
		case "country", "demonym":
			w = wMention
			if k >= leadS && k < leadE {
				w++
			}
			if m.Kind == "demonym" && pluralDemonym(c.toks[k]) && roleOf[k] == 0 && c.beneficiary(k) {
				continue // "aid for Syrians", "دعم للسوريين": people helped, not the state
			}
		case "capital":
			w = wMention
			if k+1 < len(c.toks) && capitalVerbs.has(&c.toks[k+1]) {
				w = wStrong
			}
		default:
			continue
		}
		if part[k] && m.Kind != "capital" {
			w++
		}
		switch roleOf[k] {
		case 1:
			w = wStrong
		case 2:
			w = 0
		case 3:
			// "السفيرة الأمريكية لدى مصر": the host country keeps its weight
		}
		end := k
		for end+1 < len(c.toks) && c.mentAt[end+1] == mi {
			end++
		}
		// "New Delhi (Inde)": a country glossing the town before it counts once
		if k >= 2 && c.toks[k-1].p == '(' {
			if pm := c.mention(k - 2); pm != nil && pm.Country == m.Country && (pm.Kind == "capital" || pm.Kind == "city") {
				w = 0
			}
		}
		if bg[k] || end+1 < len(c.toks) && backgroundAfter.has(&c.toks[end+1]) {
			w = 0
		}
		c.cues = append(c.cues, countryCue{code: m.Country, weight: min(w, wStrong), tok: k, ment: int(mi)})
	}
}

// othersKept reports a kept country other than code.
func (c *context) othersKept(keep []*score, code string) bool {
	for _, s := range keep {
		if s.code != code {
			return true
		}
	}
	return false
}

// personCountryAt reports a token in the name or role of a person whose
// country is known, or who is background or an addressee.
func (c *context) personCountryAt(k int) bool {
	for _, p := range c.people {
		if (k >= p.ns && k < p.ne || k >= p.rs && k < p.re) && (p.country != "" || p.bg || p.addressee) {
			return true
		}
	}
	return false
}

// countryResult keeps the countries whose evidence reaches wTakesPart; with
// none, the event location's country or the best-attested one.
func (c *context) countryResult() []Country {
	// one score per country, in a pooled slice: an article names few
	// countries, so a linear search beats a map
	c.scores = c.scores[:0]
	for ci, q := range c.cues {
		si := c.scoreOf(q.code)
		if si < 0 {
			c.scores = append(c.scores, score{code: q.code, first: ci, ment: -1})
			si = len(c.scores) - 1
		}
		s := &c.scores[si]
		s.w += q.weight
		if s.ment < 0 && q.ment >= 0 {
			s.ment = q.ment
		}
	}
	scores := c.scores
	byCode := func(code string) *score {
		if si := c.scoreOf(code); si >= 0 {
			return &scores[si]
		}
		return nil
	}
	keep := c.keep[:0]
	for i := range scores {
		if scores[i].w >= wTakesPart {
			keep = append(keep, &scores[i])
		}
	}
	// the other side of a bilateral relation a participant has: "la
	// coopération entre le Togo et la Mauritanie" in a visit by Togo
	for _, p := range c.pairs {
		if p[1] == partnersSide {
			// "the relations between Algeria and its partners" in a
			// tour of partner states: Algeria takes part with them
			if in := byCode(p[0]); in != nil && in.w < wTakesPart && c.othersKept(keep, p[0]) {
				in.w = wTakesPart
				keep = append(keep, in)
			}
			continue
		}
		for side := range 2 {
			in, out := byCode(p[side]), byCode(p[1-side])
			if in != nil && in.w >= wTakesPart && out != nil && out.w < wTakesPart {
				out.w = wTakesPart
				keep = append(keep, out)
			}
		}
	}
	defer func() { c.keep = keep[:0] }()
	if len(keep) == 0 && c.location == "" {
		// the first town named stands for the event's place
		for i := range c.mentions {
			if k := c.mentions[i].Kind; k == "city" || k == "capital" {
				c.location = c.mentions[i].Country
				break
			}
		}
	}
	if len(keep) == 0 {
		if c.location != "" {
			s := byCode(c.location)
			if s == nil {
				s = &score{code: c.location, ment: -1, first: -1}
			}
			for i := range c.mentions {
				if s.ment < 0 && c.mentions[i].Country == s.code {
					s.ment = i
				}
			}
			keep = append(keep, s)
		} else {
			var best *score
			for i := range scores {
				if s := &scores[i]; s.w > 0 && (best == nil || s.w > best.w) {
					best = s
				}
			}
			if best != nil {
				keep = append(keep, best)
			}
		}
	}
	// by first evidence (an insertion sort: a handful of countries)
	for a := 1; a < len(keep); a++ {
		for b := a; b > 0 && keep[b].first < keep[b-1].first; b-- {
			keep[b], keep[b-1] = keep[b-1], keep[b]
		}
	}
	out := make([]Country, 0, len(keep))
	for _, s := range keep {
		ct := Country{Code: s.code, Name: c.countryName(s.code)}
		if s.ment >= 0 {
			m := c.mentions[s.ment]
			ct.Span = m.Span
			ct.Confidence = 0.8
		} else if s.first >= 0 && s.first < len(c.cues) && len(c.toks) > 0 {
			// no mention names it: point at the evidence (a role, a title)
			k := min(c.cues[s.first].tok, len(c.toks)-1)
			ct.Span = c.doc.Span(int(c.toks[k].s), int(c.toks[k].e), 0.6)
		}
		out = append(out, ct)
	}
	return out
}

// currencyWords name a currency after its country: "U.S. dollars",
// "الدولار الأمريكي".
var currencyWords = newWordSet(`dollar dollars dollar dollars euro euros pound pounds yen yuan rupees dinars dirhams
	dollars livres دولار دولارا الدولار دولارات يورو جنيه الجنيه دينار الدينار درهم الدرهم ريال الريال ين`)

// notTheState reports a country mention that names something else: a
// currency ("U.S. dollars"), an outlet quoted as a source ("أفادت «روسيا
// اليوم»"), an outlet the mention sits in, or a first name that
// is also a country's name ("Dominique Sanou").
func (c *context) notTheState(k int) bool {
	e := c.placeEnd(k)
	for e < len(c.toks) && c.toks[e].p == '.' && e+1 < len(c.toks) && c.toks[e+1].word() && !c.toks[e+1].cap {
		e++ // "U.S. dollars"
	}
	if e < len(c.toks) && currencyWords.has(&c.toks[e]) || k > 0 && currencyWords.has(&c.toks[k-1]) && c.mention(k).Kind == "demonym" {
		return true
	}
	if c.inOrg[k] { // addOrg marks every token of a body
		for _, h := range c.orgs {
			if h.blocked && k >= h.i && k < h.j {
				return true
			}
		}
	}
	if k >= 2 && c.toks[k-1].isQuote() && speechVerbs.has(&c.toks[k-2]) && e < len(c.toks) && c.toks[e].isQuote() {
		return true
	}
	return c.countryGivenName(k)
}

// countryGivenName reports a Latin-script country name used as a first
// name: a known given name, capitalized, followed by a capitalized word
// that is no place, and not after a preposition ("Dominique Sanou", not
// "en Dominique").
func (c *context) countryGivenName(k int) bool {
	t := &c.toks[k]
	e := c.placeEnd(k)
	if t.ar || !t.cap || e != k+1 || e >= len(c.toks) || !c.lx.givenLa.has(t) {
		return false // "Qatar Airways", "Kenya Power": only a known given name
	}
	n := &c.toks[e]
	if !n.word() || !n.cap || c.mention(e) != nil || c.inOrg[e] || c.isStop(e) || n.nl {
		return false
	}
	if _, ok := c.title(e, 0); ok {
		return false
	}
	if k > 0 && c.toks[k-1].word() && (laPreps.hasKey(c.toks[k-1].key) || laArticles.hasKey(c.toks[k-1].key)) {
		return false
	}
	return c.mention(k).Kind == "country"
}

// pluralDemonym reports a demonym in the plural: "Syrians", "Libanais"
// read as people only with an "s" the singular lacks, "السوريين".
func pluralDemonym(t tok) bool {
	if t.ar {
		return strings.HasSuffix(t.key, "يين") || strings.HasSuffix(t.key, "يون")
	}
	return strings.HasSuffix(t.key, "ans") || strings.HasSuffix(t.key, "ians") || strings.HasSuffix(t.key, "ese") && false
}

// residencePreps name the country an envoy is accredited to and lives in
// ("سفير … لدى مصر", "ambassadeur auprès du Maroc", "ambassador to Peru"),
// unlike "envoy for Libya", a topic.
var residencePreps = newWordSet(`لدى auprès to`)

// postedAt reports a country mention right after a residence preposition.
func (c *context) postedAt(k int) bool { return c.prepBefore(k, residencePreps) }

// postedIn reports a later country of an Arabic role that says where the
// post is, with ب or في: "سفيرة فرنسا بتونس", "ممثل البنك في الأردن".
func (c *context) postedIn(k int, m *places.Mention) bool {
	t := &c.toks[k]
	if !t.ar {
		return false
	}
	if strings.HasPrefix(t.key, ba) && !strings.HasPrefix(m.Text, "ب") {
		return true
	}
	return k > 0 && c.toks[k-1].key == "في"
}

// score is the evidence gathered for one country.
type score struct {
	code  string
	w     int
	first int // first cue index
	ment  int
}

// scoreOf returns the index of code in c.scores, or -1.
func (c *context) scoreOf(code string) int {
	for i := range c.scores {
		if c.scores[i].code == code {
			return i
		}
	}
	return -1
}

// forWords introduce whom help is for: "aid for Yemenis", "to assist
// Sudanese", "pour les Libanais".
var forWords = newWordSet(`for to assist help support helping supporting pour aux aider soutenir`)

// beneficiary reports a demonym at k that names people helped: after a
// word of help or, in Arabic, with the preposition ل ("للسوريين").
func (c *context) beneficiary(k int) bool {
	t := &c.toks[k]
	if t.ar {
		return strings.HasPrefix(t.key, lam) || k > 0 && forWords.has(&c.toks[k-1])
	}
	for b := k - 1; b >= 0 && b >= k-2; b-- {
		x := &c.toks[b]
		if !x.word() {
			return false
		}
		if forWords.has(x) {
			return true
		}
		if !laArticles.hasKey(x.key) {
			return false
		}
	}
	return false
}
