package importer

// timeParser walks a time cell byte by byte; it never allocates.
type timeParser struct {
	s   string
	pos int
}

func (p *timeParser) peek() byte {
	if p.pos < len(p.s) {
		return p.s[p.pos]
	}
	return 0
}

// number reads up to 4 digits and returns the value and how many digits.
func (p *timeParser) number() (n int32, digits int) {
	for p.pos < len(p.s) && digits < 5 {
		c := p.s[p.pos]
		if c < '0' || c > '9' {
			break
		}
		n = n*10 + int32(c-'0')
		digits++
		p.pos++
	}
	if digits == 5 {
		return 0, 0
	}
	return n, digits
}

func (p *timeParser) skipSpaces() {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
}

// clock reads h:mm[:ss[.fff]] [AM|PM] [Z|±hh:mm|±hhmm] and returns the
// seconds into the day and the zone offset in seconds.
func (p *timeParser) clock() (secs, zone int32, hasZone, ok bool) {
	h, dh := p.number()
	if dh == 0 || dh > 2 || p.peek() != ':' {
		return 0, 0, false, false
	}
	p.pos++
	m, dm := p.number()
	if dm != 2 {
		return 0, 0, false, false
	}
	var s int32
	if p.peek() == ':' {
		p.pos++
		var ds int
		if s, ds = p.number(); ds != 2 {
			return 0, 0, false, false
		}
		if p.peek() == '.' {
			p.pos++
			if _, df := p.number(); df == 0 {
				return 0, 0, false, false
			}
			for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
				p.pos++
			}
		}
	}
	p.skipSpaces()
	if rest := p.s[p.pos:]; len(rest) >= 2 && (rest[1] == 'M' || rest[1] == 'm') {
		if h > 12 {
			return 0, 0, false, false
		}
		switch rest[0] {
		case 'A', 'a':
			if h == 12 {
				h = 0
			}
		case 'P', 'p':
			if h < 12 {
				h += 12
			}
		default:
			return 0, 0, false, false
		}
		p.pos += 2
		p.skipSpaces()
	}
	if h > 23 || m > 59 || s > 60 {
		return 0, 0, false, false
	}
	secs = h*3600 + m*60 + s
	switch c := p.peek(); c {
	case 'Z', 'z':
		p.pos++
		return secs, 0, true, true
	case '+', '-':
		p.pos++
		zh, dzh := p.number()
		switch dzh {
		case 4:
			zh = zh/100*60 + zh%100 // ±hhmm read as one number
			zone = zh * 60
		case 2:
			zone = zh * 3600
			if p.peek() == ':' {
				p.pos++
				zm, dzm := p.number()
				if dzm != 2 {
					return 0, 0, false, false
				}
				zone += zm * 60
			}
		default:
			return 0, 0, false, false
		}
		if c == '-' {
			zone = -zone
		}
		return secs, zone, true, true
	}
	return secs, 0, false, true
}
