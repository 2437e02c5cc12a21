package dates

// Day numbers count days since 1970-01-01 (day 0, a Thursday).

// civilDays returns the day number of the Gregorian date y-m-d.
func civilDays(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilDate returns the Gregorian date of day number n.
func civilDate(n int) (y, m, d int) {
	n += 719468
	era := n / 146097
	if n < 0 && n%146097 != 0 {
		era--
	}
	doe := n - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

// weekday returns the day of the week of day number n, 0 = Sunday.
func weekday(n int) int {
	w := (n + 4) % 7
	if w < 0 {
		w += 7
	}
	return w
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// monthLen returns the number of days of Gregorian month m of year y.
func monthLen(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// validCivil reports whether y-m-d is a Gregorian date news would write.
func validCivil(y, m, d int) bool {
	return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= monthLen(y, m)
}

// hijriDays returns the day number of Hijri date y-m-d: Umm al-Qura where
// the table reaches, the arithmetic (civil) calendar elsewhere. A day 30 of
// a 29-day month, as a local sighting may give, is the next day.
func hijriDays(y, m, d int) (int, bool) {
	if m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 9999 {
		return 0, false
	}
	if i := y - uqFirstYear; i >= 0 && i < len(uqYears) {
		n := int(uqYears[i].start)
		for k := 0; k < m-1; k++ {
			n += 29 + int(uqYears[i].long>>k&1)
		}
		return n + d - 1, true
	}
	// Arithmetic calendar, epoch 1 Muharram 1 = Julian day number 1948440.
	jdn := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + 1948439
	return jdn - 2440588, true
}

// hijriYear returns the Umm al-Qura (or arithmetic) Hijri year of day n.
func hijriYear(n int) int {
	lo, hi := 0, len(uqYears)-1
	if n >= int(uqYears[0].start) && n < int(uqYears[hi].start)+354 {
		for lo < hi {
			mid := (lo + hi + 1) / 2
			if int(uqYears[mid].start) <= n {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		return uqFirstYear + lo
	}
	// Arithmetic estimate: 10631 days per 30 years.
	return int((int64(n)+2440588-1948439)*30/10631) + 1
}

// formatDay writes day number n as YYYY-MM-DD.
func formatDay(n int) string {
	y, m, d := civilDate(n)
	var b [10]byte
	b[0], b[1], b[2], b[3] = byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	b[4] = '-'
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	b[7] = '-'
	b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
	return string(b[:])
}

// formatYear writes a year, and a month when m > 0, as YYYY or YYYY-MM.
func formatYear(y, m int) string {
	var b [7]byte
	b[0], b[1], b[2], b[3] = byte('0'+y/1000%10), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
	if m == 0 {
		return string(b[:4])
	}
	b[4] = '-'
	b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
	return string(b[:])
}
