package htmltext_test

import (
	"fmt"

	"github.com/newsworker/newsworker/extractors/htmltext"
	"golang.org/x/text/encoding/charmap"
)

func ExampleExtract() {
	page := `<html><head><meta charset="windows-1256">
<title>وصول أول شحنة قمح إلى ميناء طرطوس | صحيفة الساحل</title>
<meta property="article:published_time" content="2026-06-08T09:30:00+03:00"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>وصول أول شحنة قمح إلى ميناء طرطوس</h1>
<p>رست في ميناء طرطوس صباح اليوم سفينة محملة بخمسين ألف طن من القمح، هي الأولى منذ بداية الموسم.</p>
<p>وقال مدير الميناء إن تفريغ الحمولة سيستغرق أربعة أيام.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>`
	body, _ := charmap.Windows1256.NewEncoder().String(page)

	a, err := htmltext.Extract([]byte(body), "text/html", "")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Charset)
	fmt.Println(a.Title)
	fmt.Println(a.Published)
	fmt.Println(a.Text)
	// Output:
	// windows-1256
	// وصول أول شحنة قمح إلى ميناء طرطوس
	// 2026-06-08T09:30:00+03:00
	// رست في ميناء طرطوس صباح اليوم سفينة محملة بخمسين ألف طن من القمح، هي الأولى منذ بداية الموسم.
	// وقال مدير الميناء إن تفريغ الحمولة سيستغرق أربعة أيام.
}

func ExampleClean() {
	fmt.Printf("%q\n", htmltext.Clean("\u200fقال\u00a0الوزير\u200e:\r\n\r\n\r\n«سنعيد فتح المعبر»"))
	// Output:
	// "قال الوزير:\n\n«سنعيد فتح المعبر»"
}
