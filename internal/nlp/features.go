package nlp

// Hasher builds a 64-bit feature key from a template number and the values
// the template reads. It is a value type: building a key allocates nothing.
//
//	k := nlp.Feat(3).Str(word).Str(tag).Sum()
type Hasher uint64

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Feat starts a key for template number tmpl.
func Feat(tmpl uint64) Hasher {
	h := uint64(fnvOffset)
	for i := 0; i < 8; i++ {
		h ^= (tmpl >> (8 * i)) & 0xff
		h *= fnvPrime
	}
	return Hasher(h)
}

// Str mixes a string into the key, followed by a separator so that
// ("ab","c") and ("a","bc") differ.
func (h Hasher) Str(s string) Hasher {
	x := uint64(h)
	for i := 0; i < len(s); i++ {
		x ^= uint64(s[i])
		x *= fnvPrime
	}
	x ^= 0xff
	x *= fnvPrime
	return Hasher(x)
}

// Int mixes an integer into the key.
func (h Hasher) Int(n int) Hasher {
	x := uint64(h)
	u := uint64(n)
	for i := 0; i < 8; i++ {
		x ^= (u >> (8 * i)) & 0xff
		x *= fnvPrime
	}
	return Hasher(x)
}

// Sum finishes the key with a full avalanche (splitmix64), so that both its
// low bits (the slot) and its high bits (the fingerprint) are well mixed.
func (h Hasher) Sum() uint64 {
	z := uint64(h)
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}
