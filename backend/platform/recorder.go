package platform

import "sync"

// Recorder is a Platform for tests: dialogs return preset paths and every
// event and clipboard write is recorded.
type Recorder struct {
	mu             sync.Mutex
	OpenPathResult string
	SavePathResult string
	Events         []Event
	Clipboard      string
	Opened         []string
}

// Event is one recorded Emit call.
type Event struct {
	Name string
	Data any
}

func (r *Recorder) OpenFile(string, []FileFilter) (string, error) { return r.OpenPathResult, nil }
func (r *Recorder) SaveFile(string, string, []FileFilter) (string, error) {
	return r.SavePathResult, nil
}

func (r *Recorder) Emit(event string, data any) {
	r.mu.Lock()
	r.Events = append(r.Events, Event{event, data})
	r.mu.Unlock()
}

func (r *Recorder) SetClipboard(text string) error {
	r.mu.Lock()
	r.Clipboard = text
	r.mu.Unlock()
	return nil
}

func (r *Recorder) OpenPath(path string) error {
	r.mu.Lock()
	r.Opened = append(r.Opened, path)
	r.mu.Unlock()
	return nil
}

// EventsNamed returns the recorded events with that name.
func (r *Recorder) EventsNamed(name string) []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Event
	for _, e := range r.Events {
		if e.Name == name {
			out = append(out, e)
		}
	}
	return out
}
