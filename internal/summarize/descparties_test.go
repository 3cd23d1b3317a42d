package summarize

import "testing"

func TestDescribes(t *testing.T) {
	tests := []struct {
		desc descParty
		name string
		want bool
	}{
		{descParty{name: "the union", head: "union"}, "Fire Brigades Union", true},
		{descParty{name: "the union", head: "union"}, "Communications Workers of America", true},
		{descParty{name: "the union", head: "union"}, "Verizon", false},
		{descParty{name: "flight attendants' union", head: "union", specific: true}, "Association of Flight Attendants Union", true},
		{descParty{name: "mechanics' union", head: "union", specific: true}, "Association of Flight Attendants Union", false},
		{descParty{name: "the association", head: "association"}, "Northern Ports Association", true},
		{descParty{name: "port workers", head: "worker", specific: true}, "Port Workers", true},
	}
	for _, tt := range tests {
		if got := describes(tt.desc, tt.name); got != tt.want {
			t.Errorf("describes(%q, %q) = %v, want %v", tt.desc.name, tt.name, got, tt.want)
		}
	}
}
