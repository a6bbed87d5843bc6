pub trait Summary {
    fn summarize_author(&self) -> String;

    // Default method that calls the required one.
    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.summarize_author())
    }
}

pub struct Tweet {
    pub username: String,
    pub content: String,
    pub retweets: u32,
}

pub struct NewsArticle {
    pub headline: String,
    pub author: String,
}

impl Summary for Tweet {
    fn summarize_author(&self) -> String {
        format!("@{}", self.username)
    }
}

impl Summary for NewsArticle {
    fn summarize_author(&self) -> String {
        self.author.clone()
    }

    fn summarize(&self) -> String {
        format!("{}, by {}", self.headline, self.author)
    }
}

pub fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn main() {
    let tweet = Tweet {
        username: String::from("horse_ebooks"),
        content: String::from("of course, as you probably already know, people"),
        retweets: 3,
    };
    let article = NewsArticle {
        headline: String::from("Penguins win the Stanley Cup"),
        author: String::from("Iceburgh"),
    };
    notify(&tweet);
    notify(&article);
    println!("Tweet said: {} ({} retweets)", tweet.content, tweet.retweets);
}
