#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Version {
    major: u32,
    minor: u32,
}

impl Version {
    fn bump(self) -> Version {
        Version {
            major: self.major,
            minor: self.minor + 1,
        }
    }

    fn is_newer_than(&self, other: &Version) -> bool {
        self > other
    }
}

fn main() {
    let start = Version::default();
    let next = start.bump();
    let again = next.bump();
    println!("{:?} {} {}", start, again.is_newer_than(&start), start == next);
}
