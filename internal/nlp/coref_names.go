package nlp

// Given names by gender, for telling "he" from "she" antecedents. The
// trainer packs them into the coref model file (a StrMap from the
// capitalised name to "m" or "f"); names on both lists are left out.

const crMaleNames = `aaron abdel abdul abdullah abraham adam adrian ahmad ahmed alan albert alex alexander alexei
alfred ali alistair allen andre andrei andres andrew andy angus anthony antonio antony archie arnold arthur ashraf aziz
barack barry bashar ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brett brian bruce bryan
carl carlos charles charlie chris christian christopher chuck clarence clark colin craig curtis dale dan daniel danny
darren dave david dean dennis derek dick dmitri dmitry dominic don donald doug douglas duncan dwight dylan earl ed eddie
edgar edward edwin elon emmanuel enrique eric erik ernest eugene evan felipe fernando francis francisco frank franklin
fred frederick friedrich gabriel gary gavin george gerald gerhard gilbert giuseppe glenn gordon graham grant greg gregory
hamid hans harold harry harvey hassan henry herbert howard hugh hugo ian igor imran isaac ismail ivan jack jacob jacques
jake james jamie jared jason javier jeff jeffrey jens jeremy jerome jerry jesse jim jimmy joe joel johann johannes john
johnny jon jonathan jorge jose joseph josh joshua juan julian julius justin karl keir keith ken kenneth kevin kurt kyle
lance larry laurence lawrence leo leon leonard lewis lloyd lou louis lowell ludwig luis luke mahmoud malcolm manuel marc
marco marcus mario mark martin matt matthew max michael miguel mike mitch mitt mohamed mohammad mohammed muhammad
narendra nathan neil nicholas nick nigel nikolai noah norman olaf oleg oliver omar oscar otto owen pablo patrick paul
pedro pete peter phil philip pierre rafael ralph ramon randy raymond recep reginald ricardo richard rick ricky rishi rob
robert roberto rodney rodrigo roger roland ron ronald roy rudolf rudy rupert russell ryan sadiq salman sam samuel scott
sean sebastian sergei sergey seth shane shinzo sidney silvio simon stanley stefan stephen steve steven stuart ted terry
theodore thomas tim timothy todd tom tommy tony travis trevor tyler victor viktor vince vincent vladimir volodymyr walter
warren wayne wesley wilhelm william willie wolfgang xavier yasser yuri zach`

const crFemaleNames = `abigail ada agnes alexandra alice alicia alison amanda amber amelia amy ana andrea angela angelina
ann anna anne annie april ashley audrey barbara beatrice betsy beth betty beverly brenda brittany carla carly carmen
carol caroline carolyn catherine cathy cecilia charlotte cheryl chloe christina christine cindy claire clara claudia
condoleezza cristina crystal cynthia dana daniela danielle deborah debbie debra denise diana diane dolores donna doris
dorothy edith elaine eleanor elena elizabeth ella ellen eloise emily emma erica erin esther eva evelyn fatima florence
frances gabriela gail gina giorgia gloria grace hannah harriet heather heidi helen helena hillary holly ingrid irene
isabel isabella jacinda jacqueline jane janet janice jasmine jeanne jennifer jenny jessica jill joan joanna jodi josephine
joy joyce judith judy julia julie kamala karen kate katherine kathleen kathryn kathy katie kimberly kirsten kristen laura
lauren leah linda lisa liz lori louise lucille lucy lydia lynn madeleine margaret maria marie marilyn marion martha mary
maxine megan melania melanie melissa mia michelle miriam monica nancy natalia natalie nicola nicole nikki nina olga olivia
pamela patricia paula peggy penelope penny priti rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah
sharon sheila shirley sofia sonia sophia sophie stephanie sue susan suzanne sylvia tammy tanya teresa theresa tina tracy
ursula valerie vanessa victoria violet virginia wendy yulia zoe`
