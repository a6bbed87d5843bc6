use std::cell::{Cell, RefCell};

struct Page {
    url: String,
    visits: Cell<u32>,
    referrers: RefCell<Vec<String>>,
}

impl Page {
    fn new(url: &str) -> Self {
        Page { url: url.to_string(), visits: Cell::new(0), referrers: RefCell::new(Vec::new()) }
    }

    fn visit(&self, from: &str) {
        self.visits.set(self.visits.get() + 1);
        if !from.is_empty() {
            self.referrers.borrow_mut().push(from.to_string());
        }
    }
}

fn main() {
    let home = Page::new("/home");
    let about = Page::new("/about");
    let pages = [&home, &about];

    home.visit("");
    home.visit("google");
    about.visit("/home");
    home.visit("bing");

    for p in pages.iter() {
        let refs = p.referrers.borrow();
        println!("{} visited {} times, referrers {:?}", p.url, p.visits.get(), refs);
    }
    let total: u32 = pages.iter().map(|p| p.visits.get()).sum();
    println!("total visits {}", total);
    home.referrers.borrow_mut().clear();
    println!("cleared: {}", home.referrers.borrow().is_empty());
}
