package service

import (
	"context"
	"strings"

	"afterloop/backend/domain"
	"afterloop/backend/platform"
	"afterloop/backend/policy"
	"afterloop/backend/store"
)

// ProductService is bound to the UI: the products and the content the
// seller writes for each (setup steps, common issue, review and replenishment timing).
type ProductService struct {
	shop     *Shop
	platform platform.Platform
	ctx      context.Context
}

// NewProductService creates the service.
func NewProductService(shop *Shop, p platform.Platform) *ProductService {
	return &ProductService{shop: shop, platform: p, ctx: context.Background()}
}

// List returns every imported product with its content and order count.
func (s *ProductService) List() ([]store.ProductRow, error) { return s.shop.Store.ListProducts(s.ctx) }

// Get returns one product by its key (Seller SKU, else SKU ID).
func (s *ProductService) Get(key string) (store.ProductRow, error) {
	return s.shop.Store.GetProduct(s.ctx, key)
}

// SaveContent validates and saves a product's content. The text goes into
// buyer messages, so the policy guard runs over it too: off-platform
// contact and review steering are refused here rather than at send time.
func (s *ProductService) SaveContent(c domain.ProductContent) (store.ProductRow, error) {
	c = c.Normalize()
	problems := c.Validate()
	if len(problems) == 0 {
		if _, err := s.shop.Store.GetProduct(s.ctx, c.ProductKey); err != nil {
			return store.ProductRow{}, err
		}
	}
	settings, err := s.shop.Store.GetTimelineSettings(s.ctx)
	if err != nil {
		return store.ProductRow{}, err
	}
	ctx := policy.Context{Purpose: policy.PurposeMessage, ChatLimit: -1, LinkAllowList: settings.LinkAllowList}
	fields := map[string][]string{"setupSteps": c.SetupSteps, "commonIssue": {c.CommonIssue}, "commonFixes": c.CommonFixes,
		"careTips": c.CareTips, "includedItems": domain.IncludedNames(c.IncludedItems)}
	for field, texts := range fields {
		for _, text := range texts {
			if f := firstBlocking(policy.Check(text, ctx)); f != nil {
				problems[field] = "\"" + f.Match + "\": " + f.Why
			}
		}
	}
	reviewCtx := ctx
	reviewCtx.Purpose = policy.PurposeReviewRequest
	if f := firstBlocking(policy.Check(c.ReviewTips, reviewCtx)); f != nil {
		problems["reviewTips"] = "\"" + f.Match + "\": " + f.Why
	}
	if len(problems) > 0 {
		return store.ProductRow{}, invalid("Some product details need a fix before they can be saved.", problems)
	}
	if _, err := s.shop.Store.SaveProductContent(s.ctx, c); err != nil {
		return store.ProductRow{}, err
	}
	s.platform.Emit(EventDataChanged, "products")
	return s.shop.Store.GetProduct(s.ctx, strings.TrimSpace(c.ProductKey))
}

func firstBlocking(fs []policy.Finding) *policy.Finding {
	for i := range fs {
		if fs[i].Severity == policy.SeverityBlock {
			return &fs[i]
		}
	}
	return nil
}
