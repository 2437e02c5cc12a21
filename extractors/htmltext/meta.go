package htmltext

import (
	"encoding/json"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// ldObjects returns every JSON object in the page's JSON-LD scripts,
// nested ones (@graph, arrays, mainEntity) included, outermost first.
func ldObjects(doc *goquery.Document) []map[string]any {
	var out []map[string]any
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 16 {
			return
		}
		switch t := v.(type) {
		case map[string]any:
			out = append(out, t)
			for _, c := range t {
				visit(c, depth+1)
			}
		case []any:
			for _, c := range t {
				visit(c, depth+1)
			}
		}
	}
	find(doc.Selection, `script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(strings.TrimSpace(s.Text())), &v) == nil {
			visit(v, 0)
		}
	})
	return out
}

// ldString returns the first string value of key in the JSON-LD objects.
func ldString(objs []map[string]any, key string) string {
	for _, o := range objs {
		if s, ok := o[key].(string); ok && strings.TrimSpace(s) != "" {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// jsonLDBody returns the JSON-LD articleBody as plain text, "" when none.
func jsonLDBody(doc *goquery.Document) string {
	s := ldString(ldObjects(doc), "articleBody")
	if s == "" {
		return ""
	}
	if strings.ContainsAny(s, "<&") {
		if n, err := html.Parse(strings.NewReader(s)); err == nil {
			s = goquery.NewDocumentFromNode(n).Text()
		}
	}
	return s
}

// titleSeparators split a <title> into headline, section and site name.
// A colon is not one: headlines use it ("Tunis : la médina rouvre").
var titleSeparators = regexp.MustCompile(`\s+[|\-–—·»]\s+|\s*::\s*`)

// title returns the headline: the <h1> when og:title or <title> contains
// it, else og:title or <title> without the site name, else the <h1>.
func title(doc *goquery.Document) string {
	site := squash(metaContent(doc, `meta[property="og:site_name"]`))
	h1 := squash(find(doc.Selection, "h1").First().Text())
	for _, t := range []string{
		metaContent(doc, `meta[property="og:title"], meta[name="twitter:title"]`),
		find(doc.Selection, "title").First().Text(),
	} {
		t = squash(t)
		if h1 != "" && strings.Contains(t, h1) {
			return h1
		}
		if t = cleanTitle(t, site); t != "" {
			return t
		}
	}
	return h1
}

// cleanTitle removes the site name from a page title: the og:site_name
// when it is the first or last segment, then, repeatedly, a last segment
// of 30 characters or fewer when what precedes it is longer
// (site name, then section).
func cleanTitle(t, site string) string {
	if site != "" {
		if seps := titleSeparators.FindAllStringIndex(t, -1); len(seps) > 0 {
			head, tail := seps[0], seps[len(seps)-1]
			switch {
			case strings.EqualFold(t[tail[1]:], site):
				t = t[:tail[0]]
			case strings.EqualFold(t[:head[0]], site):
				t = t[head[1]:]
			}
		}
	}
	seps := titleSeparators.FindAllStringIndex(t, -1)
	for i := len(seps) - 1; i >= 0; i-- {
		sep := seps[i]
		last := utf8.RuneCountInString(t[sep[1]:])
		// A rune is at most 4 bytes: only a short head needs counting.
		if last > 30 || (sep[0] <= 4*last && utf8.RuneCountInString(t[:sep[0]]) <= last) {
			break
		}
		t = t[:sep[0]]
	}
	return strings.TrimSpace(t)
}

// squash collapses white space and trims.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// metaContent returns the content of the first element matching sel.
func metaContent(doc *goquery.Document, sel string) string {
	var out string
	find(doc.Selection, sel).EachWithBreak(func(_ int, s *goquery.Selection) bool {
		for _, attr := range []string{"content", "datetime", "value"} {
			if v, ok := s.Attr(attr); ok && strings.TrimSpace(v) != "" {
				out = strings.TrimSpace(v)
				return false
			}
		}
		return true
	})
	return out
}

// dateMeta lists the <meta> and microdata holding a publication date, most
// specific first.
var dateMeta = []string{
	`meta[property="article:published_time"], meta[name="article:published_time"]`,
	`meta[property="og:published_time"], meta[property="og:article:published_time"]`,
	`meta[itemprop="datePublished"], [itemprop="datePublished"]`,
	`meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="parsely-pub-date"], meta[name="sailthru.date"], meta[name="dc.date.issued"], meta[name="DC.date.issued"], meta[name="date"], meta[name="DC.date"]`,
}

// published returns the page's publication date: metadata, JSON-LD,
// <time datetime>, the text of an itemprop=datePublished element, then the
// URL path. "" when none parses.
func published(doc *goquery.Document, pageURL string) string {
	for _, sel := range dateMeta {
		if d := normDate(metaContent(doc, sel)); d != "" {
			return d
		}
	}
	if d := normDate(ldString(ldObjects(doc), "datePublished")); d != "" {
		return d
	}
	for _, sel := range []string{"time[pubdate][datetime]", "article time[datetime]", "time[datetime]"} {
		if d := normDate(metaContent(doc, sel)); d != "" {
			return d
		}
	}
	if d := normDate(find(doc.Selection, `[itemprop="datePublished"]`).First().Text()); d != "" {
		return d
	}
	return dateFromURL(pageURL)
}

var (
	zoned = []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00",
		"2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05 -0700 MST",
		time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST"}
	local = []string{"2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02 15:04:05",
		"2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102", "2006-01-02T15:04:05.999999999Z0700"}
)

// normDate parses a machine-readable date: RFC 3339 out when the zone is
// known, YYYY-MM-DD when it is not.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, f := range zoned {
		if t, err := time.Parse(f, s); err == nil && plausible(t) {
			return t.Format(time.RFC3339)
		}
	}
	for _, f := range local {
		if t, err := time.Parse(f, s); err == nil && plausible(t) {
			return t.Format(time.DateOnly)
		}
	}
	if len(s) >= 10 {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil && plausible(t) {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

// plausible keeps dates a news page can carry.
func plausible(t time.Time) bool { return t.Year() >= 1990 && t.Year() <= 2100 }

// urlDate matches /2023/06/08/, /2023-06-08, /20230608/ in a URL path.
var urlDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:[/_.-]|$)|/((?:19|20)\d\d)(\d\d)(\d\d)(?:[/_.-]|$)`)

// dateFromURL returns the YYYY-MM-DD date in a URL path, "" when none.
func dateFromURL(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	m := urlDate.FindStringSubmatch(u)
	if m == nil {
		return ""
	}
	y, mo, d := m[1], m[2], m[3]
	if y == "" {
		y, mo, d = m[4], m[5], m[6]
	}
	if len(mo) == 1 {
		mo = "0" + mo
	}
	if len(d) == 1 {
		d = "0" + d
	}
	t, err := time.Parse(time.DateOnly, y+"-"+mo+"-"+d)
	if err != nil || !plausible(t) {
		return ""
	}
	return t.Format(time.DateOnly)
}
