package attendees_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsworker/newsworker/extractors"
	"github.com/newsworker/newsworker/extractors/attendees"
	"github.com/newsworker/newsworker/extractors/places"
)

const devsetDir = "../../../shared/devset"

// Floors a little under the figures measured when this test was written;
// the test fails only when extraction falls below them.
const (
	floorCountries = 0.90
	floorPeople    = 0.92
	floorOrgs      = 0.88
	floorRoles     = 0.90
)

type goldFile struct {
	ID        string `json:"id"`
	Lang      string `json:"lang"`
	Published string `json:"published"`
	Text      string `json:"text"`
	Gold      struct {
		Countries []string `json:"countries"`
		People    []struct {
			Name string  `json:"name"`
			Role *string `json:"role"`
		} `json:"people"`
		Organizations []string `json:"organizations"`
	} `json:"gold"`
}

type tally struct{ gold, pred, hit int }

func (t tally) f1() float64 {
	p, r := 1.0, 1.0
	if t.pred > 0 {
		p = float64(t.hit) / float64(t.pred)
	} else if t.gold > 0 {
		p = 0
	}
	if t.gold > 0 {
		r = float64(t.hit) / float64(t.gold)
	}
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// TestDevset scores Extract on ../shared/devset as score.py does for the
// countries, people, roles and organizations fields.
func TestDevset(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(devsetDir, "dev-*.json"))
	if len(files) == 0 {
		t.Skip("../shared/devset absent: dev-set test skipped")
	}
	g := places.Default()
	pe := places.New(g)
	ex := attendees.New(g)
	var countries, people, orgs tally
	roles, rolesOK := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var gf goldFile
		if err := json.Unmarshal(b, &gf); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		pub, _ := time.Parse("2006-01-02", gf.Published)
		doc := extractors.NewDocument(gf.Text, gf.Lang, pub)
		res := ex.Extract(doc, pe.Extract(doc))

		// countries: set of gold codes against the predicted list
		gset := map[string]bool{}
		for _, c := range gf.Gold.Countries {
			gset[strings.ToUpper(c)] = true
		}
		hit := 0
		var pc []string
		for _, c := range res.Countries {
			pc = append(pc, c.Code)
		}
		seen := map[string]bool{}
		for _, c := range pc {
			if gset[strings.ToUpper(c)] && !seen[c] {
				hit++
				seen[c] = true
			}
		}
		countries.gold += len(gset)
		countries.pred += len(pc)
		countries.hit += hit

		var gnames, pnames []string
		for _, p := range gf.Gold.People {
			gnames = append(gnames, p.Name)
		}
		for _, p := range res.People {
			pnames = append(pnames, p.Name)
		}
		pairs := greedy(len(gnames), len(pnames), func(a, b int) float64 { return namesScore(gnames[a], pnames[b]) })
		people.gold += len(gnames)
		people.pred += len(pnames)
		people.hit += len(pairs)
		for _, pr := range pairs {
			gr := gf.Gold.People[pr[0]].Role
			if gr == nil || *gr == "" {
				continue
			}
			roles++
			if r := res.People[pr[1]].Role; r != "" && namesScore(*gr, r) > 0 {
				rolesOK++
			} else if testing.Verbose() {
				t.Logf("%s role: gold %q, got %q", gf.ID, *gr, r)
			}
		}
		opairs := greedy(len(gf.Gold.Organizations), len(res.Organizations), func(a, b int) float64 {
			best := 0.0
			o := res.Organizations[b]
			for _, s := range []string{o.Text, o.Name, o.Acronym} {
				if s != "" {
					best = max(best, namesScore(gf.Gold.Organizations[a], s))
				}
			}
			return best
		})
		orgs.gold += len(gf.Gold.Organizations)
		orgs.pred += len(res.Organizations)
		orgs.hit += len(opairs)
		if testing.Verbose() {
			t.Logf("%s countries gold %v got %v", gf.ID, gf.Gold.Countries, pc)
			t.Logf("%s people   gold %v got %v", gf.ID, gnames, peopleWithRoles(res.People))
			var on []string
			for _, o := range res.Organizations {
				on = append(on, o.Text)
			}
			t.Logf("%s orgs     gold %v got %v", gf.ID, gf.Gold.Organizations, on)
		}
	}
	roleAcc := 0.0
	if roles > 0 {
		roleAcc = float64(rolesOK) / float64(roles)
	}
	t.Logf("countries F1 %.3f (gold %d pred %d hit %d)", countries.f1(), countries.gold, countries.pred, countries.hit)
	t.Logf("people    F1 %.3f (gold %d pred %d hit %d)", people.f1(), people.gold, people.pred, people.hit)
	t.Logf("orgs      F1 %.3f (gold %d pred %d hit %d)", orgs.f1(), orgs.gold, orgs.pred, orgs.hit)
	t.Logf("role accuracy %.3f (%d/%d)", roleAcc, rolesOK, roles)
	if f := countries.f1(); f < floorCountries {
		t.Errorf("countries F1 %.3f below floor %.2f", f, floorCountries)
	}
	if f := people.f1(); f < floorPeople {
		t.Errorf("people F1 %.3f below floor %.2f", f, floorPeople)
	}
	if f := orgs.f1(); f < floorOrgs {
		t.Errorf("organizations F1 %.3f below floor %.2f", f, floorOrgs)
	}
	if roleAcc < floorRoles {
		t.Errorf("role accuracy %.3f below floor %.2f", roleAcc, floorRoles)
	}
}

func peopleWithRoles(ps []attendees.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name+" ["+p.Role+"]")
	}
	return out
}

var arMap = strings.NewReplacer("أ", "ا", "إ", "ا", "آ", "ا", "ٱ", "ا", "ى", "ي", "ة", "ه", "ؤ", "و", "ئ", "ي", "ـ", "")

// normTokens is score.py's norm: NFKC, lower case, Latin accents and Arabic
// diacritics removed, Arabic letter variants unified, punctuation to
// spaces, Arabic proclitic before the article taken off.
func normTokens(s string) []string {
	s = strings.ToLower(norm.NFKC.String(s))
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) && r < 0x600 {
			continue
		}
		b.WriteRune(r)
	}
	s = norm.NFC.String(b.String())
	b.Reset()
	for _, r := range s {
		if r >= 0x064B && r <= 0x065F || r == 0x0670 {
			continue
		}
		b.WriteRune(r)
	}
	s = arMap.Replace(b.String())
	s = punct.ReplaceAllString(s, " ")
	f := strings.Fields(s)
	for i, t := range f {
		rs := []rune(t)
		switch {
		case len(rs) > 4 && strings.ContainsRune("وبفك", rs[0]) && string(rs[1:3]) == "ال":
			f[i] = string(rs[1:])
		case len(rs) > 3 && string(rs[:2]) == "لل":
			f[i] = "ال" + string(rs[2:])
		}
	}
	return f
}

var punct = regexp.MustCompile(`[^\p{L}\p{N}\s]|_`)

func nameOverlap(a, b string) float64 {
	ta, tb := normTokens(a), normTokens(b)
	if len(ta) == 0 || len(tb) == 0 {
		return 0
	}
	short, long := ta, tb
	if len(ta) > len(tb) {
		short, long = tb, ta
	}
	for i := 0; i+len(short) <= len(long); i++ {
		ok := true
		for j := range short {
			if long[i+j] != short[j] {
				ok = false
				break
			}
		}
		if ok {
			return 1
		}
	}
	sa, sb := map[string]bool{}, map[string]bool{}
	for _, x := range ta {
		sa[x] = true
	}
	for _, x := range tb {
		sb[x] = true
	}
	n := 0
	for x := range sa {
		if sb[x] {
			n++
		}
	}
	return float64(n) / float64(max(len(sa), len(sb)))
}

func namesScore(a, b string) float64 {
	if s := nameOverlap(a, b); s >= 0.5 {
		return s
	}
	return 0
}

// greedy matches gold and predicted items best score first, each at most once.
func greedy(ng, np int, score func(g, p int) float64) [][2]int {
	type cand struct {
		s    float64
		g, p int
	}
	var cs []cand
	for g := 0; g < ng; g++ {
		for p := 0; p < np; p++ {
			if s := score(g, p); s > 0 {
				cs = append(cs, cand{s, g, p})
			}
		}
	}
	sort.SliceStable(cs, func(a, b int) bool {
		if cs[a].s != cs[b].s {
			return cs[a].s > cs[b].s
		}
		if cs[a].g != cs[b].g {
			return cs[a].g < cs[b].g
		}
		return cs[a].p < cs[b].p
	})
	ug, up := map[int]bool{}, map[int]bool{}
	var out [][2]int
	for _, c := range cs {
		if ug[c.g] || up[c.p] {
			continue
		}
		ug[c.g], up[c.p] = true, true
		out = append(out, [2]int{c.g, c.p})
	}
	return out
}
