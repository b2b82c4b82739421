/** Word lists for generated patients. `Smith` is left out: every 7th patient is a Smith on purpose. */

export const MALE_FIRST_NAMES = [
  'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles',
  'Christopher', 'Daniel', 'Matthew', 'Anthony', 'Mark', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kevin',
  'Brian', 'George', 'Timothy', 'Ronald', 'Jason', 'Edward', 'Jeffrey', 'Ryan', 'Jacob', 'Nicholas',
  'Luis', 'Carlos', 'Wei', 'Arjun', 'Mohammed', 'Kwame', 'Hiroshi', 'Mateo', 'Omar', 'Liam',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Barbara', 'Susan', 'Jessica', 'Sarah', 'Karen',
  'Lisa', 'Nancy', 'Betty', 'Sandra', 'Margaret', 'Ashley', 'Kimberly', 'Emily', 'Donna', 'Michelle',
  'Carol', 'Amanda', 'Melissa', 'Deborah', 'Stephanie', 'Rebecca', 'Laura', 'Helen', 'Sharon', 'Cynthia',
  'Sofia', 'Mei', 'Priya', 'Fatima', 'Amara', 'Yuki', 'Valentina', 'Aisha', 'Olivia', 'Emma',
] as const;

export const LAST_NAMES = [
  'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker',
  'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green',
  'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', "O'Brien",
  'Chen', 'Patel', 'Kim', 'Okafor', 'Tanaka', 'Kowalski', 'Müller', 'Rossi', 'Haddad', 'Van der Berg',
] as const;

export const STREET_NAMES = [
  'Main St', 'Oak Ave', 'Maple St', 'Cedar Ln', 'Elm St', 'Washington Ave', 'Lake Rd', 'Hill St',
  'Park Ave', 'Pine St', 'Sunset Blvd', 'River Rd', 'Church St', 'Highland Ave', 'Mill Rd', 'Spring St',
] as const;

export const MARITAL_STATUSES = ['S', 'M', 'D', 'W', 'U'] as const;
