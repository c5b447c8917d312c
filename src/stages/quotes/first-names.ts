// Common given names that news text pairs with "he" or "she", so that a pronoun skips a person of
// the other gender ("Mary Cheney … Dick Cheney. “…,” she added"). Hand-written, lower case,
// sorted; names borne as often by women as by men (Chris, Jamie, Kelly, Lindsey, Pat, Terry) are
// left out.

/** Given names of men. */
const MALE_NAMES: ReadonlySet<string> = new Set([
  'aaron', 'adam', 'al', 'alan', 'albert', 'alex', 'alexander', 'andrew', 'andy', 'anthony', 'antonio', 'arthur', 'barack', 'ben',
  'benjamin', 'bernie', 'bill', 'billy', 'bob', 'bobby', 'brad', 'bradley', 'brandon', 'brett', 'brian', 'bruce', 'bryan', 'carl',
  'carlos', 'charles', 'charlie', 'chuck', 'clarence', 'cory', 'craig', 'dan', 'daniel', 'darrell', 'dave', 'david', 'dennis',
  'devin', 'dick', 'don', 'donald', 'doug', 'douglas', 'ed', 'edward', 'elijah', 'eric', 'frank', 'fred', 'gary', 'george',
  'gerald', 'greg', 'gregory', 'harry', 'henry', 'howard', 'ian', 'jack', 'jacob', 'jake', 'james', 'jason', 'jeb', 'jeff',
  'jeffrey', 'jerry', 'jim', 'jimmy', 'joe', 'joel', 'john', 'johnny', 'jon', 'jonathan', 'jose', 'joseph', 'josh', 'joshua',
  'juan', 'justin', 'keith', 'ken', 'kenneth', 'kevin', 'larry', 'lawrence', 'lee', 'luis', 'marco', 'mark', 'martin', 'matt',
  'matthew', 'michael', 'mike', 'mitch', 'mitt', 'nathan', 'newt', 'nicholas', 'nick', 'patrick', 'paul', 'peter', 'phil',
  'philip', 'ralph', 'rand', 'randy', 'raymond', 'reince', 'richard', 'rick', 'rob', 'robert', 'roger', 'ron', 'ronald', 'roy',
  'rudy', 'russell', 'ryan', 'sam', 'samuel', 'scott', 'sean', 'stephen', 'steve', 'steven', 'ted', 'thomas', 'tim', 'timothy',
  'todd', 'tom', 'tony', 'vladimir', 'walter', 'wayne', 'william', 'willie',
]);

/** Given names of women. */
const FEMALE_NAMES: ReadonlySet<string> = new Set([
  'alexandria', 'alice', 'amanda', 'amy', 'andrea', 'angela', 'ann', 'anna', 'anne', 'barbara', 'betsy', 'betty', 'carly',
  'carol', 'caroline', 'catherine', 'cathy', 'christine', 'claire', 'cynthia', 'debbie', 'deborah', 'denise', 'diana',
  'diane', 'dianne', 'donna', 'dorothy', 'elaine', 'elena', 'elizabeth', 'ellen', 'emily', 'emma', 'eva', 'grace', 'heather',
  'heidi', 'helen', 'hillary', 'hope', 'ilhan', 'ivanka', 'jane', 'janet', 'jean', 'jennifer', 'jessica', 'jill', 'joan',
  'joyce', 'judith', 'judy', 'julia', 'julie', 'kamala', 'karen', 'kate', 'katherine', 'kathleen', 'kathy', 'kellyanne',
  'kirsten', 'laura', 'lauren', 'linda', 'lisa', 'liz', 'louise', 'lucy', 'margaret', 'maria', 'marie', 'martha', 'mary',
  'maxine', 'megan', 'melania', 'melissa', 'michelle', 'mikie', 'nancy', 'nicole', 'nikki', 'olivia', 'patricia', 'patty',
  'rachel', 'rebecca', 'regina', 'rosa', 'ruth', 'sandra', 'sara', 'sarah', 'sharon', 'shirley', 'sonia', 'stephanie',
  'susan', 'suzanne', 'teresa', 'theresa', 'tulsi', 'valerie', 'victoria', 'wendy',
]);

/** The gender a given name suggests, or null. */
export function givenNameGender(given: string): 'f' | 'm' | null {
  const lower = given.toLowerCase();
  if (MALE_NAMES.has(lower)) return 'm';
  if (FEMALE_NAMES.has(lower)) return 'f';
  return null;
}
