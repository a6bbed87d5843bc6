trait Summary {
    fn author(&self) -> String;

    fn summarize(&self) -> String {
        format!("(Read more from {}...)", self.author())
    }
}

struct NewsArticle {
    headline: String,
    location: String,
    author: String,
}

struct Tweet {
    username: String,
    content: String,
    retweets: u32,
}

impl Summary for NewsArticle {
    fn author(&self) -> String {
        self.author.clone()
    }

    fn summarize(&self) -> String {
        format!("{}, by {} ({})", self.headline, self.author, self.location)
    }
}

impl Summary for Tweet {
    fn author(&self) -> String {
        format!("@{}", self.username)
    }
}

fn notify(item: &impl Summary) {
    println!("Breaking news! {}", item.summarize());
}

fn make_tweet(user: &str, text: &str) -> impl Summary {
    Tweet { username: user.to_string(), content: text.to_string(), retweets: 0 }
}

fn main() {
    let article = NewsArticle {
        headline: String::from("Penguins win the Stanley Cup"),
        location: String::from("Pittsburgh"),
        author: String::from("Iceburgh"),
    };
    let tweet = Tweet { username: String::from("horse_ebooks"), content: String::from("of course"), retweets: 3 };
    notify(&article);
    notify(&tweet);
    println!("{} said {:?} ({} retweets)", tweet.username, tweet.content, tweet.retweets);
    let t = make_tweet("rustlang", "1.0 released");
    println!("{}", t.summarize());
}
