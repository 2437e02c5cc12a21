package htmltext

import (
	"strings"
	"testing"
)

// Paragraphs written for these tests.
const (
	p1 = "قال رئيس بلدية صيدا إن أعمال توسيع الكورنيش البحري ستبدأ الشهر المقبل وتستمر نحو عام كامل بتمويل من صندوق التنمية."
	p2 = "وأضاف أن المشروع يشمل إنشاء ممرات للمشاة ومواقف للسيارات وإنارة جديدة على طول ثلاثة كيلومترات من الشاطئ."
	p3 = "The municipality said the widened seafront road would carry two lanes in each direction and a protected cycle path."
)

func TestExtractBody(t *testing.T) {
	tests := []struct {
		name, page string
		want       string
	}{
		{"headline out, paragraphs kept with breaks",
			"<article><h1>توسيع كورنيش صيدا</h1><p>" + p1 + "</p><p>" + p2 + "</p></article>",
			p1 + "\n" + p2},
		{"captions, share bar and ads out",
			`<article><p>` + p1 + `</p><figure><img src=a.jpg><figcaption>كورنيش صيدا من الجو</figcaption></figure>` +
				`<div class="image-caption">صورة أرشيفية</div><div class="share-buttons"><a href=#>فيسبوك</a> <a href=#>تويتر</a></div>` +
				`<p>إعلان</p><p>` + p2 + `</p></article>`,
			p1 + "\n" + p2},
		{"reader comments out even when long",
			`<div class="post"><p>` + p1 + `</p><p>` + p2 + `</p></div><div id="comments"><div class="comment-body"><p>` + p3 + `</p><p>` + p3 + `</p><p>` + p3 + `</p></div></div>`,
			p1 + "\n" + p2},
		{"related stories after an Arabic heading out",
			`<div class="main"><p>` + p1 + `</p><p>` + p2 + `</p><h3>اقرأ أيضاً</h3><div><p>` + p2 + `</p></div></div>`,
			p1 + "\n" + p2},
		{"navigation and sidebar link lists out",
			`<nav><a href=/>الرئيسية</a> <a href=/a>سياسة</a></nav><div class="col"><p>` + p1 + `</p><p>` + p2 + `</p></div>` +
				`<div class="sidebar"><ul><li><a href=/x>ارتفاع أسعار الذهب في الأسواق المحلية اليوم</a></li><li><a href=/y>نتائج مباريات الدوري</a></li></ul></div>`,
			p1 + "\n" + p2},
		{"camel-case furniture classes out",
			`<div class="ArticlePage-body"><p>` + p1 + `</p><p>` + p2 + `</p><div class="ArticlePage-authorInfo"><p>` + p3 + `</p></div>` +
				`<div class="commentsArea"><p>` + p3 + `</p></div></div>`,
			p1 + "\n" + p2},
		{"a body class narrows the pick to the article",
			`<div class="main"><div class="article-body"><p>` + p1 + `</p><p>` + p2 + `</p><p>` + p1 + `</p><p>` + p2 + `</p></div>` +
				`<div class="teaser"><p>` + p3 + `</p></div></div>`,
			p1 + "\n" + p2 + "\n" + p1 + "\n" + p2},
		{"leading byline and dateline out, closing date kept",
			`<div class="col"><p>كتب: سامر الخطيب</p><p>الخميس 19 مارس 2026 - 02:05 م</p><p>` + p1 + `</p><p>` + p2 + `</p><p>19 مارس 2026</p></div>`,
			p1 + "\n" + p2 + "\n19 مارس 2026"},
		{"english byline out",
			`<div class="col"><p>By Amal Haddad</p><p>Updated 9:30 AM</p><p>` + p3 + `</p><p>` + p3 + `</p></div>`,
			p3 + "\n" + p3},
		{"hidden elements out",
			`<div><p>` + p1 + `</p><div style="display:none"><p>` + p3 + `</p></div><p hidden>` + p3 + `</p><p>` + p2 + `</p></div>`,
			p1 + "\n" + p2},
		{"br-separated paragraphs",
			`<div class="texte">` + p1 + `<br><br>` + p2 + `</div>`,
			p1 + "\n" + p2},
		{"itemprop articleBody wins over a longer comment thread",
			`<div itemprop="articleBody"><p>` + p1 + `</p><p>الحفل في العاشرة.</p></div><div class="replies-wrap"><p>` + p3 + `</p><p>` + p3 + `</p><p>` + p3 + `</p></div>`,
			p1 + "\nالحفل في العاشرة."},
		{"json-ld articleBody when the page body is empty",
			`<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"` + p1 + `"}</script><div id="app"></div>`,
			p1},
		{"bidi marks and nbsp cleaned",
			"<article><p>\u200f" + strings.Replace(p1, " ", "\u00a0", 3) + "\u200e</p></article>",
			p1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract([]byte("<html><head><title>توسيع كورنيش صيدا</title></head><body>"+tt.page+"</body></html>"), "text/html", "")
			if err != nil {
				t.Fatal(err)
			}
			if got := a.Text; got != tt.want {
				t.Errorf("Text =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}
