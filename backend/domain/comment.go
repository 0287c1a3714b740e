package domain

import (
	"strings"
	"unicode/utf8"
)

// PublicComment is a comment under a video or review, logged so it gets a
// calm reply and so repeated defects surface.
type PublicComment struct {
	ID          int64  `json:"id"`
	Video       string `json:"video"`
	Author      string `json:"author"`
	Body        string `json:"body"`
	PostedAt    int64  `json:"postedAt"`
	Negative    bool   `json:"negative"`
	Subcategory string `json:"subcategory"` // the defect it names; "" = none
	SKU         string `json:"sku"`
	Hidden      bool   `json:"hidden"`
	Reported    bool   `json:"reported"`
	Reply       string `json:"reply"` // as copied out
	RepliedAt   int64  `json:"repliedAt"`
	TicketID    int64  `json:"ticketId"`
}

// Normalize trims free text.
func (c PublicComment) Normalize() PublicComment {
	c.Video = strings.TrimSpace(c.Video)
	c.Author = strings.TrimSpace(c.Author)
	c.Body = strings.TrimSpace(c.Body)
	c.SKU = strings.TrimSpace(c.SKU)
	return c
}

// Validate returns field -> problem; empty when valid.
func (c PublicComment) Validate() map[string]string {
	p := map[string]string{}
	if c.Body == "" {
		p["body"] = "Paste the comment's text."
	} else if utf8.RuneCountInString(c.Body) > maxCommentBody {
		p["body"] = "Comments are limited to 5,000 characters."
	}
	if len(c.Video) > maxShortField || len(c.Author) > maxShortField || len(c.SKU) > maxShortField {
		p["video"] = "Video, author and SKU are limited to 500 characters."
	}
	if c.Subcategory != "" {
		if _, _, ok := FindSubcategory(c.Subcategory); !ok {
			p["subcategory"] = "Choose a defect from the list."
		}
	}
	if c.PostedAt <= 0 {
		p["postedAt"] = "A comment needs the time it was posted."
	}
	return p
}
