enum Tree<T> { Leaf(T), Node(Box<Tree<T>>, Box<Tree<T>>) }
fn count<T>(t: &Tree<T>) -> usize {
    match t {
        Tree::Leaf(_) => 1,
        Tree::Node(a, b) => count(a) + count(b),
    }
}
fn main() {
    let t = Tree::Node(Box::new(Tree::Leaf(String::from("a"))), Box::new(Tree::Leaf(String::from("b"))));
    println!("{}", count(&t));
    if let Tree::Node(a, _) = t {
        println!("{}", count(&a));
    }
    println!("{}", count(&t));
}
