package nlp

import "strings"

// worldFemaleNames and worldMaleNames are common given names of the
// languages international news quotes most beyond English: Nordic,
// Spanish and Portuguese, Italian, French, German and Dutch, Slavic,
// Arabic, Turkish and Persian, Indian, African and Māori. They were
// written as lists of common names, not from any article. They are read at
// run time only, where the trained lexicon (crMaleNames, crFemaleNames)
// knows nothing of a name, so the committed model files and their
// training are unchanged. Names given to both sexes in some language
// (Andrea, Jean, Nicola, Sasha, Kim) are left out.
const worldFemaleNames = `sigrun ingrid astrid solveig sigrid kari liv randi gunhild gunnhild ragnhild hilde hege marit tone trine
turid berit bodil birgit britt kirsten mette lene hanne pernille signe sofie frida linnea elin malin annika katarina
johanna maja ylva karin ulla inger greta gudrun helga thora ragna
guadalupe lucía lucia maría carmen dolores pilar rocío rocio inés ines beatriz marisol yolanda gabriela valentina
camila fernanda paola juliana mariana adriana teresa soledad consuelo milagros esperanza catalina ximena leticia
lorena verónica veronica graciela araceli conceição joana
giulia francesca chiara alessandra federica silvia serena giovanna
sophie margaux chloé élodie elodie aurélie aurelie mathilde sandrine nathalie isabelle céline celine brigitte
ségolène segolene delphine véronique veronique
ursula gertrud heike silke anke kerstin annegret annalena sabine petra frauke femke marieke anneke sanne lotte
olga irina natalia natalya tatiana tatyana svetlana ekaterina yekaterina ludmila lyudmila oksana yulia iulia
agnieszka katarzyna małgorzata malgorzata magdalena zuzana milena dragana vesna
fatima fatma aisha ayşe ayse zeynep elif leila layla maryam mariam samira yasmin yasmine amira hanan rania zahra
shirin parisa
priya anjali sunita anita kavita lakshmi deepa pooja neha shreya nirmala sushma smriti
ngozi chiamaka amina fatoumata aminata wanjiru akosua abena efua adwoa nomvula thandiwe zanele
ngaire aroha mere huia anahera`

const worldMaleNames = `halvard håkon haakon knut olav olaf sigurd gunnar bjørn bjorn björn erling torbjørn leif arne einar espen
jens lars nils sven stig jonas magnus henrik anders mikkel rasmus søren soren kjell trond geir ivar
iván ivan josé jose juan carlos luis miguel jorge andrés andres alejandro fernando ricardo rodrigo santiago
sebastián sebastian diego pablo gustavo hernán hernan joão joao gonçalo goncalo tiago
giuseppe giovanni francesco alessandro lorenzo matteo marco luca paolo stefano massimo roberto gianluca
françois francois jacques pierre philippe olivier thierry laurent benoît benoit étienne etienne
jürgen jurgen wolfgang klaus dieter helmut gerhard manfred horst uwe joachim pieter willem joost sjoerd
vladimir sergei sergey dmitry dmitri mikhail nikolai andrei yuri oleksandr volodymyr taras bogdan piotr tomasz
krzysztof wojciech jakub miroslav zoran
mohammed mohammad muhammad ahmed ali hassan hussein omar khalid tariq yusuf youssef mustafa mehmet recep hakan
emre javad hossein reza
rajesh suresh ramesh arvind anil sunil vijay sanjay rahul amit narendra rajiv
kwame kofi kwesi yaw chukwuemeka emeka olusegun uhuru jomo thabo sipho
rawiri wiremu tama`

// worldNames maps the lists' names, capitalised as written in text
// ("Sigrun"), to 'm' or 'f'; a name on both lists is on neither.
var worldNames = func() map[string]byte {
	m := map[string]byte{}
	add := func(list string, g byte) {
		for _, w := range strings.Fields(list) {
			r := []rune(w)
			k := strings.ToUpper(string(r[0])) + string(r[1:])
			if v, ok := m[k]; ok && v != g {
				m[k] = 0
				continue
			}
			m[k] = g
		}
	}
	add(worldFemaleNames, 'f')
	add(worldMaleNames, 'm')
	for k, v := range m {
		if v == 0 {
			delete(m, k)
		}
	}
	return m
}()
