package htmltext

import (
	"strings"
	"testing"
)

// article is a minimal page body that gives Extract some prose.
const article = `<article><p>The regional council met on Tuesday in Tripoli to approve the budget for the coming year, after weeks of talks between the parties.</p></article>`

func TestTitle(t *testing.T) {
	tests := []struct {
		name, head, body, want string
	}{
		{"og:title", `<meta property="og:title" content="Council approves budget"><title>Council approves budget after talks | The Daily Courier</title>`, "", "Council approves budget"},
		{"og:title with site suffix", `<meta property="og:site_name" content="The Daily Courier"><meta property="og:title" content="Council approves budget - The Daily Courier">`, "", "Council approves budget"},
		{"twitter:title", `<meta name="twitter:title" content="Council approves budget">`, "", "Council approves budget"},
		{"title with site suffix", `<title>Council approves budget | The Daily Courier</title>`, "", "Council approves budget"},
		{"title with site prefix named by og:site_name", `<meta property="og:site_name" content="Courier"><title>Courier - Council approves budget after long talks</title>`, "", "Council approves budget after long talks"},
		{"title with section and site", `<title>Council approves budget after weeks of talks - Politics - Courier</title>`, "", "Council approves budget after weeks of talks"},
		{"arabic title with site suffix", `<title>المجلس يقر الميزانية بعد أسابيع من المحادثات | صحيفة الساحل</title>`, "", "المجلس يقر الميزانية بعد أسابيع من المحادثات"},
		{"h1 fallback", "", `<h1>Council  approves
budget</h1>`, "Council approves budget"},
		{"none", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract([]byte("<html><head>"+tt.head+"</head><body>"+tt.body+article+"</body></html>"), "text/html", "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Title; got != tt.want {
				t.Errorf("Title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestPublished(t *testing.T) {
	tests := []struct {
		name, head, body, url, want string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2023-06-08T09:30:00+03:00">`, "", "", "2023-06-08T09:30:00+03:00"},
		{"article:published_time wins over the URL", `<meta property="article:published_time" content="2023-06-08T06:30:00Z">`, "", "https://example.com/2023/06/07/budget", "2023-06-08T06:30:00Z"},
		{"og:published_time", `<meta property="og:published_time" content="2023-06-08T09:30:00.000+0300">`, "", "", "2023-06-08T09:30:00+03:00"},
		{"itemprop meta", `<meta itemprop="datePublished" content="2023-06-08">`, "", "", "2023-06-08"},
		{"itemprop time", "", `<time itemprop="datePublished" datetime="2023-06-08T09:30:00+01:00">8 June</time>`, "", "2023-06-08T09:30:00+01:00"},
		{"itemprop text", "", `<span itemprop="datePublished">2023-06-08 09:30</span>`, "", "2023-06-08"},
		{"pubdate meta", `<meta name="pubdate" content="20230608">`, "", "", "2023-06-08"},
		{"json-ld", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"x","datePublished":"2023-06-08T09:30:00+02:00"}</script>`, "", "", "2023-06-08T09:30:00+02:00"},
		{"json-ld graph", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-06-08T07:00:00Z"}]}</script>`, "", "", "2023-06-08T07:00:00Z"},
		{"json-ld without zone", `<script type="application/ld+json">[{"@type":"Article","datePublished":"2023-06-08T09:30:00"}]</script>`, "", "", "2023-06-08"},
		{"time datetime", "", `<p>Posted <time datetime="2023-06-08 09:30">Thursday</time></p>`, "", "2023-06-08"},
		{"time pubdate preferred", "", `<time datetime="2023-06-01">1 June</time><time pubdate datetime="2023-06-08T09:30:00Z">8 June</time>`, "", "2023-06-08T09:30:00Z"},
		{"url y/m/d", "", "", "https://example.com/news/2023/06/08/council-budget", "2023-06-08"},
		{"url y-m-d", "", "", "https://example.com/story/2023-06-08-council-budget?ref=rss", "2023-06-08"},
		{"url yyyymmdd", "", "", "https://example.com/20230608/council-budget.html", "2023-06-08"},
		{"url without date", "", "", "https://example.com/news/council-budget-12345", ""},
		{"url with impossible date", "", "", "https://example.com/2023/02/30/council", ""},
		{"unparsable metadata falls through", `<meta property="article:published_time" content="last Thursday">`, "", "https://example.com/2023/06/08/x", "2023-06-08"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract([]byte("<html><head>"+tt.head+"</head><body>"+tt.body+article+"</body></html>"), "text/html", tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Published; got != tt.want {
				t.Errorf("Published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanTitleManySeparators(t *testing.T) {
	// Linear in the title: a quadratic walk would take minutes here.
	long := "Council approves budget" + strings.Repeat(" | ab", 50_000)
	if got, want := cleanTitle(long, ""), "Council approves budget"; got != want {
		t.Errorf("cleanTitle = %.60q, want %q", got, want)
	}
}
