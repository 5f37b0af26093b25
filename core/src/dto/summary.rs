use super::common::Pagination;
use super::lenient::{Many, Obj};
use crate::dto;

dto! {
    /// Figures are kept as sent (numbers or strings); see `extra` for unlisted ones.
    pub struct FinancialSummary {
        total_revenue: super::lenient::Text,
        monthly_recurring_revenue: super::lenient::Text,
        total_collected: super::lenient::Text,
        total_refunded: super::lenient::Text,
        total_outstanding: super::lenient::Text,
        total_overdue: super::lenient::Text,
        total_balance: super::lenient::Text,
        total_credit_balance: super::lenient::Text
    }
}

dto! {
    pub struct FinancialSummaryAnswer { financial_summary: Obj<FinancialSummary>, account: serde_json::Value }
}

dto! {
    /// Linked/unlinked orders: the order objects are kept as JSON (they belong to the order API).
    pub struct OrdersAnswer { orders: Many<serde_json::Value>, account: serde_json::Value, pagination: Obj<Pagination> }
}
