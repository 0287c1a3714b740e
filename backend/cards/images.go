package cards

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"image/jpeg"
	"image/png"
	"strings"

	"github.com/boombuler/barcode/qr"
)

// ErrImageFormat is returned for images that are not PNG or JPEG.
var ErrImageFormat = errors.New("only PNG and JPEG images can be placed")

// LoadImage checks an image and brings it to a form both the PDF and the
// canvas read: JPEG bytes are kept as they are; PNGs are re-encoded as
// 8-bit, non-interlaced (the PDF writer refuses interlaced and 16-bit PNGs).
func LoadImage(data []byte) (*ImageAsset, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrImageFormat, err)
	}
	if cfg.Width > 12000 || cfg.Height > 12000 {
		return nil, fmt.Errorf("the image is %d × %d pixels; the largest is 12000 on a side", cfg.Width, cfg.Height)
	}
	switch format {
	case "jpeg":
		if _, err := jpeg.DecodeConfig(bytes.NewReader(data)); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrImageFormat, err)
		}
		return &ImageAsset{Mime: "image/jpeg", Data: data, WidthPx: cfg.Width, HeightPx: cfg.Height}, nil
	case "png":
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrImageFormat, err)
		}
		nrgba := image.NewNRGBA(img.Bounds())
		draw.Draw(nrgba, nrgba.Bounds(), img, img.Bounds().Min, draw.Src)
		var out image.Image = nrgba
		if opaque(nrgba) {
			rgb := image.NewRGBA(nrgba.Bounds())
			draw.Draw(rgb, rgb.Bounds(), nrgba, nrgba.Bounds().Min, draw.Src)
			out = rgb
		}
		var buf bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		if err := enc.Encode(&buf, out); err != nil {
			return nil, err
		}
		return &ImageAsset{Mime: "image/png", Data: buf.Bytes(), WidthPx: cfg.Width, HeightPx: cfg.Height}, nil
	}
	return nil, ErrImageFormat
}

func opaque(img *image.NRGBA) bool {
	for i := 3; i < len(img.Pix); i += 4 {
		if img.Pix[i] != 0xff {
			return false
		}
	}
	return true
}

// image resolves an element's source: a named asset ("brand:logo") or a
// data: URI, decoded once per engine.
func (e *Engine) image(src string, assets Assets) (*ImageAsset, string, error) {
	if src == "" {
		return nil, "", errors.New("no image chosen")
	}
	if !strings.HasPrefix(src, "data:") {
		a, ok := assets[src]
		if !ok || len(a.Data) == 0 {
			if src == "brand:logo" {
				return nil, "", errors.New("the shop has no logo yet: add one in Settings → Brand kit")
			}
			return nil, "", fmt.Errorf("image %q is missing", src)
		}
		return &a, "img-" + hashKey(src+fmt.Sprint(len(a.Data), a.WidthPx)), nil
	}
	key := "img-" + hashKey(src)
	e.mu.Lock()
	a, ok := e.images[key]
	e.mu.Unlock()
	if ok {
		return a, key, nil
	}
	comma := strings.IndexByte(src, ',')
	if comma < 0 || !strings.Contains(src[:comma], ";base64") {
		return nil, "", errors.New("the image data is damaged")
	}
	raw, err := base64.StdEncoding.DecodeString(src[comma+1:])
	if err != nil {
		return nil, "", errors.New("the image data is damaged")
	}
	a, err = LoadImage(raw)
	if err != nil {
		return nil, "", err
	}
	e.mu.Lock()
	if len(e.images) > 64 {
		e.images = map[string]*ImageAsset{}
	}
	e.images[key] = a
	e.mu.Unlock()
	return a, key, nil
}

// qrQuietZone is the white margin in modules. The standard asks for 4; 2
// scans reliably on the white plate drawn behind every code.
const qrQuietZone = 2

// qr encodes content once per engine (encoding costs about 2 ms).
func (e *Engine) qr(content string) (*QRGrid, error) {
	e.mu.Lock()
	g, ok := e.qrs[content]
	e.mu.Unlock()
	if ok {
		return g, nil
	}
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return nil, err
	}
	n := code.Bounds().Dx()
	g = &QRGrid{Modules: n + 2*qrQuietZone, Content: content, Runs: [][3]int{}}
	for y := 0; y < n; y++ {
		start := -1
		for x := 0; x <= n; x++ {
			dark := x < n && isDark(code.At(x, y))
			if dark && start < 0 {
				start = x
			}
			if !dark && start >= 0 {
				g.Runs = append(g.Runs, [3]int{y + qrQuietZone, start + qrQuietZone, x - start})
				start = -1
			}
		}
	}
	e.mu.Lock()
	if len(e.qrs) > 4096 {
		e.qrs = map[string]*QRGrid{}
	}
	e.qrs[content] = g
	e.mu.Unlock()
	return g, nil
}

func isDark(c interface{ RGBA() (r, g, b, a uint32) }) bool {
	r, _, _, _ := c.RGBA()
	return r < 0x8000
}
